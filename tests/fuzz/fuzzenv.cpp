// libFuzzer target for the readers of environment files, one binary per syntax (TLENS_FUZZ_SYNTAX):
// the shell start-up files (POSIX shells: sh, bash, zsh, ksh), fish's config.fish, fish_variables,
// /etc/environment, environment.d and ~/.pam_environment. Each input is read as the scanner reads
// it and then given to the editor that adds the managed opt-out block, as disable does.

#include "env/envsources.h"
#include "optout/envblockeditor.h"

#include <cstdint>
#include <cstdlib>

using namespace tlens;

namespace {

constexpr EnvSources::Syntax kSyntax = EnvSources::Syntax::TLENS_FUZZ_SYNTAX;

EnvBlockEditor::Syntax editorSyntax()
{
    switch (kSyntax) {
    case EnvSources::Syntax::Posix:
        return EnvBlockEditor::Syntax::Posix;
    case EnvSources::Syntax::Fish:
        return EnvBlockEditor::Syntax::Fish;
    default:
        return EnvBlockEditor::Syntax::KeyValue;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList sourced;
    EnvSources::parse(text, kSyntax, QStringLiteral("/home/u/f"), QStringLiteral("login"), &sourced,
                      QStringLiteral("/home/u"));
    if (kSyntax == EnvSources::Syntax::FishUniversal)
        return 0; // fish writes that file itself; Telemetry Lens never edits it
    const EditResult edited
        = EnvBlockEditor::edit(text, editorSyntax(), EnvBlockEditor::Mode::BlockInFile,
                               { { QStringLiteral("MLFLOW_DISABLE_TELEMETRY"), QStringLiteral("true") } },
                               QStringLiteral("/home/u/f"));
    if (edited.ok && edited.bytes) {
        const std::optional<QString> value = EnvBlockEditor::blockValue(
            *edited.bytes, editorSyntax(), QStringLiteral("MLFLOW_DISABLE_TELEMETRY"));
        if (value != QStringLiteral("true"))
            std::abort(); // what the editor wrote reads back as what it meant to write
    }
    return 0;
}
