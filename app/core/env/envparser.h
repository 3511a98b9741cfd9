#pragma once

#include "envreport.h"
#include "envsources.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace tlens {

// How a statement changes the export attribute of its variable.
enum class ExportMode { Keep, Export, Unexport };

// One statement of a start-up file that matters for the environment, in file order.
struct EnvEvent {
    enum class Kind {
        Assign, // assignment: Set or Unset
        ExportAttribute, // `export KEY` / `export -n KEY` without a value: assignment.key, line, conditional
        Source, // `source FILE` / `. FILE`: target; assignment.line and conditional
    };
    Kind kind = Kind::Assign;
    EnvAssignment assignment;
    ExportMode mode = ExportMode::Keep;
    QString target; // Source: after $HOME/~ expansion when a home was given
    bool targetLiteral = false; // Source: the path is known without running anything
    bool allExport = false; // Source: `set -a` was on, so the sourced file's assignments are exported
};

// Something in a file that a user should fix.
struct EnvParseProblem {
    enum class Kind {
        Unterminated, // a quote or bracket that is never closed
        Unrecognised, // a line of a KEY=VALUE file that is not an assignment
    };
    Kind kind = Kind::Unrecognised;
    int line = 0; // first such line
    int count = 0; // how many such lines
};

struct EnvParseResult {
    QList<EnvEvent> events;
    QList<EnvParseProblem> problems;
};

// Turns the text of one start-up file into EnvEvents. A static reading of the syntax only: it never
// reads a file, never runs or evaluates anything, and always terminates in time linear in the text.
class EnvParser final {
public:
    struct Options {
        QString file;
        QString context;
        QString home; // for $HOME / ${HOME} / ~; empty: not expanded (and such values are not literal)
        bool conditional = false; // every statement is conditional (the file is sourced conditionally)
        bool allExport = false; // `set -a` is on when the file starts
    };

    static EnvParseResult parse(QStringView text, EnvSources::Syntax syntax, const Options &options);

    // Decides EnvAssignment::exported for every Assign event, simulating the export attribute in
    // order: a value is exported when its variable has the attribute at the moment the value is
    // replaced, unset, or at the end. Conditional events never change the attribute.
    static void resolveExports(QList<EnvEvent> &events);
};

} // namespace tlens
