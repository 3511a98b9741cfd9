#include "fileoptoutwriters.h"

#include "jsonkeywriter.h"

namespace tlens {

namespace {

struct NamedWriter {
    const char *name;
    FileOptOutWriter write;
};

// One line per writer; each lives in its own file next to this one.
const NamedWriter kWriters[] = {
    { "json-key", &JsonKeyWriter::write },
};

} // namespace

FileOptOutWriter FileOptOutWriters::find(const QString &name)
{
    for (const NamedWriter &w : kWriters) {
        if (w.name && name == QLatin1String(w.name))
            return w.write;
    }
    return nullptr;
}

QStringList FileOptOutWriters::names()
{
    QStringList out;
    for (const NamedWriter &w : kWriters) {
        if (w.name)
            out.append(QString::fromLatin1(w.name));
    }
    return out;
}

} // namespace tlens
