"""The certificate inbox on a phone (360 px): drop a certificate, check the filled form beside
it, save it as an activity with the certificate attached."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from accounts.models import User
from credentials.models import CEActivity, CertificateDraft
from tests.e2e.test_accessibility import AXE, serious
from tests.test_inbox import AAMA_CERTIFICATE


def test_a_certificate_dropped_on_a_phone_is_read_checked_and_saved(
    page, context, live_server, log_in, shot, tmp_path
):
    user = User.objects.create_user("phone@example.com", "a long pass phrase 42", full_name="Ana Pena")
    log_in(context, user)
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{live_server.url}/inbox/")
    certificate = tmp_path / "infection-control.pdf"
    certificate.write_bytes(AAMA_CERTIFICATE)
    page.get_by_label("Certificate files").set_input_files(str(certificate))
    # The camera input is there for phones, with capture.
    expect(page.get_by_label("Or take a photo of a paper certificate")).to_have_attribute(
        "capture", "environment"
    )
    page.get_by_role("button", name="Add to the inbox").click()
    expect(page.get_by_role("alert").filter(has_text="1 certificate added")).to_be_visible()
    shot("inbox-360")
    page.get_by_role("link", name=re.compile("Check and save")).click()
    expect(page.get_by_role("img", name=re.compile("The certificate infection-control.pdf"))).to_be_visible()
    expect(page.get_by_label("Completion date")).to_have_value("2025-03-05")
    expect(page.get_by_label("Title")).to_have_value(re.compile("Infection Control"))
    expect(page.locator("#div_id_completed_on")).to_contain_text("Read from the certificate")
    # Nothing on the page is wider than the phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    shot("draft-360")
    assert serious(AXE.run(page)) == []
    page.get_by_label("Title").fill("Infection Control in the Ambulatory Setting")
    page.get_by_role("button", name="Save activity").click()
    expect(page.get_by_role("alert").filter(has_text="saved with its certificate")).to_be_visible()
    activity = CEActivity.objects.get(owner=user)
    assert activity.certificate_name == "infection-control.pdf"
    assert not CertificateDraft.objects.exists()
    # The same file dropped again says it is already logged, with a link, before anything is saved.
    page.goto(f"{live_server.url}/inbox/")
    page.get_by_label("Certificate files").set_input_files(str(certificate))
    page.get_by_role("button", name="Add to the inbox").click()
    page.get_by_role("link", name=re.compile("Check and save")).click()
    duplicate = page.get_by_test_id("draft-duplicate")
    expect(duplicate).to_contain_text("Already logged?")
    expect(duplicate.get_by_role("link", name="Infection Control in the Ambulatory Setting")).to_be_visible()
    # The picture opens full size in the browser, where a phone can pinch to zoom.
    expect(page.get_by_test_id("preview-full")).to_have_attribute("target", "_blank")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert serious(AXE.run(page)) == []
    shot("duplicate-360")


def test_files_dragged_onto_the_inbox_are_added(page, context, live_server, log_in):
    user = User.objects.create_user("drag@example.com", "a long pass phrase 42")
    log_in(context, user)
    page.goto(f"{live_server.url}/inbox/")
    # What a browser does when a file is dropped: a drop event carrying it.
    page.evaluate(
        """bytes => {
            const transfer = new DataTransfer();
            transfer.items.add(new File([new Uint8Array(bytes)], "dragged.pdf", {type: "application/pdf"}));
            const zone = document.querySelector("[data-drop-zone]");
            const drop = new DragEvent("drop", {dataTransfer: transfer, bubbles: true, cancelable: true});
            zone.dispatchEvent(drop);
        }""",
        list(AAMA_CERTIFICATE),
    )
    expect(page.get_by_role("status").filter(has_text="1 file ready")).to_be_visible()
    page.get_by_role("button", name="Add to the inbox").click()
    expect(page.get_by_role("alert").filter(has_text="1 certificate added")).to_be_visible()
    assert CertificateDraft.objects.get(owner=user).file_name == "dragged.pdf"
