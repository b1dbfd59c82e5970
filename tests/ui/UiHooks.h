#pragma once
// Test hooks for modal dialogs and for what the window shows: modal dialogs are closed or answered from a timer
// (no nested event loop of the test's own, no processEvents() in production code), and every text a user could
// read (labels, buttons, editors, titles, tooltips, status tips, item views) is collected to search for leaks.

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStatusBar>
#include <QStringList>
#include <QTextEdit>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace descry::uitest {

// While alive, closes every modal dialog shortly after it opens (rejects a QDialog, closes other widgets) and
// counts them: the walk over every menu entry triggers some that open a blocking dialog (a file dialog, About Qt).
class ModalCloser
{
public:
    ModalCloser()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            ++m_closed;
            m_titles << modal->windowTitle();
            if (auto* dialog = qobject_cast<QDialog*>(modal))
                dialog->reject();
            else
                modal->close();
        });
        m_timer.start();
    }
    int closed() const { return m_closed; }
    QStringList titles() const { return m_titles; }

private:
    QTimer m_timer;
    int m_closed = 0;
    QStringList m_titles;
};

// Once the next modal QMessageBox opens, clicks its `button` (e.g. QMessageBox::Save); `clicked` counts the clicks.
inline void clickInNextMessageBox(QMessageBox::StandardButton button, int* clicked)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, clicked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        // Stopped first: a deferred delete posted inside the box's event loop may wait for the next loop, where a
        // running timer would click again in the next box.
        timer->stop();
        timer->deleteLater();
        if (QAbstractButton* b = box->button(button)) {
            ++*clicked;
            b->click();
        }
    });
    timer->start();
}

// Every text under `root` a user could read or copy: widget texts, window titles, tooltips, status and "What's
// this" tips, accessible names, combo items, the cells of item views; each prefixed with the object's name.
inline QStringList visibleTexts(QWidget* root)
{
    QStringList out;
    auto add = [&out](const QObject* o, const QString& text) {
        if (!text.isEmpty())
            out << (o->metaObject()->className() + QStringLiteral(" ") + o->objectName() + QStringLiteral(": ") + text);
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        add(w, w->windowTitle());
        add(w, w->toolTip());
        add(w, w->statusTip());
        add(w, w->whatsThis());
        add(w, w->accessibleName());
        add(w, w->accessibleDescription());
        if (auto* l = qobject_cast<QLabel*>(w))
            add(w, l->text());
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(w, b->text());
        if (auto* e = qobject_cast<QLineEdit*>(w))
            add(w, e->text());
        if (auto* t = qobject_cast<QTextEdit*>(w))
            add(w, t->toPlainText());
        if (auto* t = qobject_cast<QPlainTextEdit*>(w))
            add(w, t->toPlainText());
        if (auto* c = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i)
                add(w, c->itemText(i));
        if (auto* s = qobject_cast<QStatusBar*>(w))
            add(w, s->currentMessage());
        if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->model()) {
            const QAbstractItemModel* m = v->model();
            std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
                for (int r = 0; r < m->rowCount(parent); ++r)
                    for (int c = 0; c < m->columnCount(parent); ++c) {
                        const QModelIndex i = m->index(r, c, parent);
                        add(w, i.data(Qt::DisplayRole).toString());
                        add(w, i.data(Qt::ToolTipRole).toString());
                        if (c == 0)
                            walk(i);
                    }
            };
            walk({});
        }
        for (QAction* a : w->actions()) {
            add(a, a->text());
            add(a, a->toolTip());
            add(a, a->statusTip());
        }
    }
    return out;
}

// The entries of `texts` matching `pattern`.
inline QStringList matching(const QStringList& texts, const QRegularExpression& pattern)
{
    QStringList out;
    for (const QString& t : texts)
        if (pattern.match(t).hasMatch())
            out << t;
    return out;
}

} // namespace descry::uitest
