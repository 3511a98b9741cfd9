#pragma once

#include "editresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tlens {

// Adds, replaces and removes environment variables inside the block Telemetry Lens owns in a
// start-up file:
//   # >>> telemetry opt-outs (managed) >>>
//   export MLFLOW_DISABLE_TELEMETRY=true
//   # <<< telemetry opt-outs (managed) <<<
// in shell syntax (`export K=V`), KEY=VALUE syntax (/etc/environment, environment.d) or fish
// (`set -gx K V`). An empty block is removed; a file Telemetry Lens wholly owns (ManagedFile) is
// removed when nothing of it is left. It must never edit a line outside the block.
class EnvBlockEditor final {
    Q_DECLARE_TR_FUNCTIONS(EnvBlockEditor)
public:
    enum class Syntax { Posix, KeyValue, Fish };
    enum class Mode { BlockInFile, ManagedFile };

    struct Variable {
        QString key;
        std::optional<QString> value; // std::nullopt removes the variable from the block
    };

    // The block's first and last line (0-based, the marker lines).
    struct Block {
        int begin = -1;
        int end = -1;
        bool contains(int line) const { return line >= begin && line <= end; }
    };

    static EditResult edit(const std::optional<QByteArray> &current, Syntax syntax, Mode mode,
                           const QList<Variable> &changes, const QString &path);

    // Where the managed block is; std::nullopt when there is none. A damaged block (an opening
    // marker without a closing one, two blocks) sets *error and returns std::nullopt.
    static std::optional<Block> findBlock(const QByteArray &text, QString *error = nullptr,
                                          const QString &path = {});

    // The value the block gives `key`, if it sets it.
    static std::optional<QString> blockValue(const QByteArray &text, Syntax syntax, const QString &key);

    static QByteArray beginMarker();
    static QByteArray endMarker();
    static QByteArray managedFileHeader();
    static QByteArray assignmentLine(Syntax syntax, const QString &key, const QString &value);
};

} // namespace tlens
