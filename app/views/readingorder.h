#pragma once

class QWidget;

namespace bb::views {

// Screen readers read a window's widgets in the order they were created. QFormLayout's
// addRow(text, field) creates the label after its field, so "3/4/2024, Admitted" is read
// instead of "Admitted: 3/4/2024". For every form under `root`: each row's label goes just
// before its field, and a label with no buddy gets its field (QAccessible::Label relation).
void orderFormsForReading(QWidget *root);

} // namespace bb::views
