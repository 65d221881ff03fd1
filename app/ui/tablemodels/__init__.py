"""Table models (QAbstractTableModel over plain row lists); see base.RowTableModel."""
