# Translations of the new user-facing strings of the streamed (big file) import.
BLOCK = {
    "messages": {
        "{file} was changed while ARDesk was reading it; nothing was imported. Check the file again.":
            "{file} 在 ARDesk 读取期间被修改；未导入任何内容。请重新检查该文件。",
        "The file cannot be checked: the temporary space for big files is not usable ({reason}).":
            "无法检查该文件：大文件所需的临时空间不可用（{reason}）。",
        "… and {n} more error(s); --rejected FILE writes every rejected row with its errors.":
            "……另有 {n} 个错误；使用 --rejected 文件 可写出所有被拒绝的行及其错误。",
    },
    "ImportDialog": {
        "{n} data rows (a big file, read in parts: the preview shows the first {m})":
            "{n} 行数据（大文件，分段读取：预览显示前 {m} 行）",
        "a big file, read in parts: the preview shows the first {m} rows, the check counts them all":
            "大文件，分段读取：预览显示前 {m} 行，检查时统计全部行",
        "The list shows the first {shown} of {total} errors; “Save rejected rows…” writes every rejected row with its errors.":
            "列表显示 {total} 个错误中的前 {shown} 个；“保存被拒绝的行…”会写出所有被拒绝的行及其错误。",
    },
}
