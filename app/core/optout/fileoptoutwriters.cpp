#include "fileoptoutwriters.h"

#include "inikeywriter.h"
#include "jsonkeywriter.h"
#include "rc9writer.h"
#include "shellconfwriter.h"
#include "turbojsonwriter.h"
#include "yarnrcwriter.h"

namespace tlens {

namespace {

struct NamedWriter {
    const char *name;
    FileOptOutWriter write;
};

// One line per writer; each lives in its own file next to this one.
const NamedWriter kWriters[] = {
    { "ini-key", &IniKeyWriter::write }, { "json-key", &JsonKeyWriter::write },
    { "rc9-keys", &writeRc9Keys },       { "shell-conf", &ShellConfWriter::write },
    { "turbo-json", &writeTurboJson },   { "yarnrc-key", &writeYarnrcKey },
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
