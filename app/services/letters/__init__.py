"""Printed letters (dunning letters, customer statements) as PDF with reportlab (issue 6).

    model.LetterData …                       what a letter says (filled by the dunning engine)
    pdf.render_letter(data) -> bytes         one letter
    pdf.render_letters(datas, path=None)     a batch in one PDF (page numbers per letter)
    statement.render_statement(conn, customer_id, as_of, language=None) -> bytes
    statement.render_statements(conn, as_of, directory=…, path=…) -> [Path]
    templates.load_template / check_template / render_text / save_user_template / reset_user_template
    capitals.rmb_capitals(minor) -> "壹万贰仟叁佰肆拾伍元陆角柒分"
    sample.sample_letter(template, language)  made-up data for a template preview
"""
