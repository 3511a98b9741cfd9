#pragma once

#include <QCoreApplication>
#include <QString>

class QAbstractItemView;
class QLabel;
class QPlainTextEdit;

namespace tlens {

// Lets people copy any value they see: Ctrl+C and a context menu on tables and trees (the
// selected cells as tab-separated lines, or the one value under the pointer).
class CopySupport final {
    Q_DECLARE_TR_FUNCTIONS(CopySupport)
public:
    static void install(QAbstractItemView *view);
    // The selected cells of a view as text: columns separated by tabs, rows by newlines, in the
    // order they are shown.
    static QString selectionText(const QAbstractItemView *view);
};

} // namespace tlens
