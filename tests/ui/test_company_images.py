"""The company's logo, signature and seal: chosen in the company dialog, stored as PNG, printed
by the letters; a file that is not an image is refused."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from app.errors import ValidationError
from app.services.company import CompanyData, get_company, save_company, validate_company


def _png(tmp_path, name, w=2400, h=800, color=Qt.GlobalColor.red, background=QColor(0, 0, 0, 0)):
    img = QImage(w, h, QImage.Format.Format_ARGB32)
    img.fill(background)
    for x in range(100):                         # a patch of ink in the top-left corner
        for y in range(100):
            img.setPixelColor(x, y, QColor(color))
    path = tmp_path / name
    assert img.save(str(path))
    return path


def test_choose_scale_save_and_reload(qtbot, ctx, tmp_path, monkeypatch):
    from app.ui.dialogs.company_dialog import CompanyDialog

    dlg = CompanyDialog(ctx, first_run=False)
    qtbot.addWidget(dlg)
    assert dlg.form.logo.bytes() is None and not dlg.form.logo.remove_button.isEnabled()
    assert dlg.form.logo.choose(str(_png(tmp_path, "logo.png")))
    # a scanned seal on white paper (BMP: no transparency)
    assert dlg.form.seal_image.choose(str(_png(tmp_path, "seal.bmp", 900, 900, background=QColor("white"))))
    logo = dlg.form.logo.bytes()
    seal = dlg.form.seal_image.bytes()
    assert logo.startswith(b"\x89PNG") and seal.startswith(b"\x89PNG")
    img = QImage.fromData(logo)
    assert (img.width(), img.height()) == (1200, 400)          # scaled to 1,200 px on the long side
    seal_img = QImage.fromData(seal)
    assert seal_img.hasAlphaChannel() and seal_img.pixelColor(400, 400).alpha() == 0   # paper gone
    assert seal_img.pixelColor(40, 40).alpha() == 255             # the red ink stays
    dlg.accept()
    with ctx.db.session() as s:
        saved = get_company(s)
    assert saved.logo == logo and saved.seal_image == seal and saved.signature_image is None
    # Remove clears it
    dlg2 = CompanyDialog(ctx, first_run=False)
    qtbot.addWidget(dlg2)
    assert dlg2.form.logo.bytes() == logo
    dlg2.form.logo.clear()
    dlg2.accept()
    with ctx.db.session() as s:
        assert get_company(s).logo is None


def test_not_an_image_is_refused(qtbot, ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.dialogs.image_picker import ImagePicker

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    picker = ImagePicker("Logo")
    qtbot.addWidget(picker)
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"this is not a picture")
    assert not picker.choose(str(bad))
    assert picker.bytes() is None and "logo.png" in shown[0]


def test_service_refuses_other_bytes(db):
    assert [p.field for p in validate_company(CompanyData(name="X", logo=b"GIF89a....."))] == ["logo"]
    big = b"\x89PNG\r\n\x1a\n" + b"0" * 2_000_001
    assert [p.field for p in validate_company(CompanyData(name="X", seal_image=big))] == ["seal_image"]
    with db.session() as s:
        try:
            save_company(s, CompanyData(name="X", signature_image=b"%PDF-1.7"))
        except ValidationError as exc:
            assert exc.field == "signature_image"
        else:
            raise AssertionError("saved a PDF as an image")
