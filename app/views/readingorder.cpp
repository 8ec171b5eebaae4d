#include "views/readingorder.h"

#include <QFormLayout>
#include <QLabel>
#include <QWidget>

namespace bb::views {

void orderFormsForReading(QWidget *root)
{
    const QList<QFormLayout *> forms = root->findChildren<QFormLayout *>();
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
            QWidget *label = labelItem ? labelItem->widget() : nullptr;
            QWidget *field = fieldItem ? fieldItem->widget() : nullptr;
            if (!label || !field || label->parentWidget() != field->parentWidget())
                continue;
            // stackUnder() also moves the label just before the field among the children,
            // which is the order accessibility walks; they never overlap, so nothing moves
            // on screen.
            label->stackUnder(field);
            if (auto *text = qobject_cast<QLabel *>(label); text && !text->buddy())
                text->setBuddy(field);
        }
    }
}

} // namespace bb::views
