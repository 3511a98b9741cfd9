#include "env/envreport.h"
#include "env/envsources.h"
#include "fs/rootfs.h"
#include "testutil.h"

#include <QDir>
#include <QTest>

#include <algorithm>

#include <sys/stat.h>
#include <time.h>

using namespace tlens;

namespace {

using Syntax = EnvSources::Syntax;

const QString kHome = QStringLiteral("/home/carol");

UserAccount account(const QString &name, const QString &shell)
{
    UserAccount u;
    u.name = name;
    u.uid = 1002;
    u.home = QStringLiteral("/home/") + name;
    u.shell = shell;
    return u;
}

QList<EnvAssignment> ofKey(const QList<EnvAssignment> &list, const QString &key)
{
    QList<EnvAssignment> out;
    for (const EnvAssignment &a : list) {
        if (a.key == key)
            out.append(a);
    }
    return out;
}

QString describe(const QList<EnvAssignment> &list)
{
    QStringList parts;
    for (const EnvAssignment &a : list) {
        parts.append(
            QStringLiteral("%1=%2 (%3:%4%5%6 %7)")
                .arg(a.key, a.op == EnvAssignment::Op::Unset ? QStringLiteral("<unset>") : a.value, a.file)
                .arg(a.line)
                .arg(a.conditional ? QStringLiteral(" conditional") : QString(),
                     a.exported ? QString() : QStringLiteral(" not-exported"), a.context));
    }
    return parts.isEmpty() ? QStringLiteral("<none>") : parts.join(QStringLiteral("; "));
}

QStringList filesOf(const QList<EnvAssignment> &list)
{
    QStringList files;
    for (const EnvAssignment &a : list)
        files.append(a.file);
    return files;
}

QStringList codes(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(f.code);
    return out;
}

const Finding *findingWithCode(const Findings &findings, const QString &code)
{
    for (const Finding &f : findings) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}

bool writeAll(const test::FixtureCopy &copy, const QVariantMap &files)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!copy.write(it.key(), it.value().toString().toUtf8()))
            return false;
    }
    return true;
}

} // namespace

class TestEnvSources final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void posixSyntax_data();
    void posixSyntax();
    void sourcedTargets_data();
    void sourcedTargets();
    void fishSyntax_data();
    void fishSyntax();
    void environmentFiles_data();
    void environmentFiles();
    void environmentDOrder();
    void environmentDAcrossDirectories();
    void fishUniversal_data();
    void fishUniversal();
    void zdotdirShadowsHomeFiles();

    void fixtureAlice();
    void fixtureBob();
    void shellOrder_data();
    void shellOrder();
    void bashProfileShadowsProfile_data();
    void bashProfileShadowsProfile();
    void otherShellFiles_data();
    void otherShellFiles();

    void sourceFollowing_data();
    void sourceFollowing();
    void sourceLoopTerminates();
    void sourceDepthIsBounded();
    void etcProfileSourcedRunsProfileD();

    void badFiles_data();
    void badFiles();
    void specialFileIsNotOpened();
    void largeFileParses();
    void hostileNestingTerminates_data();
    void hostileNestingTerminates();

    void effectiveRules_data();
    void effectiveRules();
    void liveDifferences();
};

// ---------------------------------------------------------------------------------------------
// Syntax of one file

void TestEnvSources::posixSyntax_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("count"); // assignments of key
    QTest::addColumn<QString>("value"); // of the last one; "<unset>" for an unset
    QTest::addColumn<bool>("exported");
    QTest::addColumn<bool>("conditional");
    QTest::addColumn<int>("line");

    const QString A = QStringLiteral("A");
    const QString B = QStringLiteral("B");
    const QString unset = QStringLiteral("<unset>");
    // clang-format off
    QTest::newRow("export KEY=VALUE") << QByteArray("export A=1\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("plain assignment is not exported") << QByteArray("A=1\n") << A << 1 << "1" << false << false << 1;
    QTest::newRow("export KEY after assignment") << QByteArray("A=1\nexport A\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("export KEY before assignment") << QByteArray("export A\nA=2\n") << A << 1 << "2" << true << false << 2;
    QTest::newRow("export of several names") << QByteArray("A=1\nB=2\nexport A B\n") << B << 1 << "2" << true << false << 2;
    QTest::newRow("export of several assignments") << QByteArray("export A=1 B=2\n") << B << 1 << "2" << true << false << 1;
    QTest::newRow("two plain assignments on one line") << QByteArray("A=1 B=2\n") << B << 1 << "2" << false << false << 1;
    QTest::newRow("assignment before a command is temporary") << QByteArray("A=1 make\n") << A << 0 << "" << false << false << 0;
    QTest::newRow("declare -x") << QByteArray("declare -x A=1\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("typeset -x") << QByteArray("typeset -x A=1\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("typeset -gx") << QByteArray("typeset -gx A=1\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("declare without -x") << QByteArray("declare A=1\n") << A << 1 << "1" << false << false << 1;
    QTest::newRow("readonly is not export") << QByteArray("readonly A=1\n") << A << 1 << "1" << false << false << 1;
    QTest::newRow("readonly then export") << QByteArray("readonly A=1\nexport A\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("export -n removes the export") << QByteArray("export A=1\nexport -n A\n") << A << 1 << "1" << false << false << 1;
    QTest::newRow("export without value only") << QByteArray("export A\n") << A << 0 << "" << false << false << 0;
    QTest::newRow("builtin export") << QByteArray("builtin export A=1\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("quoted declaration") << QByteArray("export \"A=x y\"\n") << A << 1 << "x y" << true << false << 1;
    QTest::newRow("single quotes keep $ literally") << QByteArray("export A='x $HOME y'\n") << A << 1 << "x $HOME y" << true << false << 1;
    QTest::newRow("double quotes with escapes") << QByteArray("export A=\"say \\\"hi\\\" \\$x \\\\\"\n") << A << 1 << "say \"hi\" $x \\" << true << false << 1;
    QTest::newRow("$HOME expanded in double quotes") << QByteArray("export A=\"$HOME/bin\"\n") << A << 1 << "/home/carol/bin" << true << false << 1;
    QTest::newRow("${HOME} expanded") << QByteArray("export A=${HOME}/bin\n") << A << 1 << "/home/carol/bin" << true << false << 1;
    QTest::newRow("leading tilde expanded") << QByteArray("export A=~/bin\n") << A << 1 << "/home/carol/bin" << true << false << 1;
    QTest::newRow("other variables kept as written") << QByteArray("export A=\"$HOME/bin:$PATH\"\n") << A << 1 << "/home/carol/bin:$PATH" << true << false << 1;
    QTest::newRow("ANSI-C quoting") << QByteArray("export A=$'a\\tb'\n") << A << 1 << "a\tb" << true << false << 1;
    QTest::newRow("mixed quoting in one word") << QByteArray("export A=one'two'\"three\"\n") << A << 1 << "onetwothree" << true << false << 1;
    QTest::newRow("trailing comment") << QByteArray("export A=1 # turn it on\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("hash inside a word is not a comment") << QByteArray("export A=x#y\n") << A << 1 << "x#y" << true << false << 1;
    QTest::newRow("hash inside quotes is not a comment") << QByteArray("export A=\"x # y\"\n") << A << 1 << "x # y" << true << false << 1;
    QTest::newRow("commented-out line") << QByteArray("# export A=1\n") << A << 0 << "" << false << false << 0;
    QTest::newRow("semicolon-separated commands") << QByteArray("export A=1; export B=2\n") << B << 1 << "2" << true << false << 1;
    QTest::newRow("semicolon inside quotes") << QByteArray("export A='x;y'\n") << A << 1 << "x;y" << true << false << 1;
    QTest::newRow("command substitution with semicolon") << QByteArray("export A=$(echo x; echo y)\nexport B=1\n") << A << 1 << "$(echo x; echo y)" << true << false << 1;
    QTest::newRow("line after command substitution") << QByteArray("export A=$(echo x; echo y)\nexport B=1\n") << B << 1 << "1" << true << false << 2;
    QTest::newRow("append assignment") << QByteArray("export A+=:/x\n") << A << 1 << "${A}:/x" << true << false << 1;
    QTest::newRow("array assignment ignored") << QByteArray("A=(1 2 3)\nexport B=1\n") << A << 0 << "" << false << false << 0;
    QTest::newRow("unset") << QByteArray("export A=1\nunset A\n") << A << 2 << unset << true << false << 2;
    QTest::newRow("unset -v several") << QByteArray("export B=1\nunset -v A B\n") << B << 2 << unset << true << false << 2;
    QTest::newRow("unset -f is about functions") << QByteArray("export A=1\nunset -f A\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("if block") << QByteArray("if true; then\n  export A=1\nfi\n") << A << 1 << "1" << true << true << 2;
    QTest::newRow("one-line if") << QByteArray("if [ -d x ]; then export A=1; fi\n") << A << 1 << "1" << true << true << 1;
    QTest::newRow("else branch") << QByteArray("if a; then :; else export A=1; fi\n") << A << 1 << "1" << true << true << 1;
    QTest::newRow("elif branch") << QByteArray("if a; then\n:\nelif b; then\nexport A=1\nfi\n") << A << 1 << "1" << true << true << 4;
    QTest::newRow("after fi") << QByteArray("if x; then\n  :\nfi\nexport A=1\n") << A << 1 << "1" << true << false << 4;
    QTest::newRow("test && export") << QByteArray("[ -n \"$X\" ] && export A=1\n") << A << 1 << "1" << true << true << 1;
    QTest::newRow("test || export") << QByteArray("[ -n \"$X\" ] || export A=1\n") << A << 1 << "1" << true << true << 1;
    QTest::newRow("export && command") << QByteArray("export A=1 && true\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("after && line") << QByteArray("[ -f x ] && . x\nexport A=1\n") << A << 1 << "1" << true << false << 2;
    QTest::newRow("[[ with && inside") << QByteArray("[[ -n $X && -z $Y ]] && export A=1\n") << A << 1 << "1" << true << true << 1;
    QTest::newRow("[[ with && inside then plain line") << QByteArray("[[ -n $X && -z $Y ]]\nexport A=1\n") << A << 1 << "1" << true << false << 2;
    QTest::newRow("case item") << QByteArray("case $- in\n  *i*) export A=1;;\nesac\n") << A << 1 << "1" << true << true << 2;
    QTest::newRow("after esac") << QByteArray("case $- in\n    *i*) ;;\n      *) return;;\nesac\nexport A=1\n") << A << 1 << "1" << true << false << 5;
    QTest::newRow("case on one line") << QByteArray("case x in a) export A=1;; (b|c) export A=2;; esac; export B=3\n") << B << 1 << "3" << true << false << 1;
    QTest::newRow("case last item without ;;") << QByteArray("case x in\n a) export A=1\nesac\nexport B=2\n") << B << 1 << "2" << true << false << 4;
    QTest::newRow("nested if, inner") << QByteArray("if a; then\n if b; then\n  export A=1\n fi\n export B=2\nfi\nexport C=3\n") << A << 1 << "1" << true << true << 3;
    QTest::newRow("nested if, after inner fi") << QByteArray("if a; then\n if b; then\n  :\n fi\n export B=2\nfi\n") << B << 1 << "2" << true << true << 5;
    QTest::newRow("nested if, after outer fi") << QByteArray("if a; then\n if b; then\n  :\n fi\nfi\nexport B=2\n") << B << 1 << "2" << true << false << 6;
    QTest::newRow("case inside if") << QByteArray("if a; then\n case x in y) :;; esac\n export A=1\nfi\nexport B=1\n") << B << 1 << "1" << true << false << 5;
    QTest::newRow("while loop") << QByteArray("while read x; do\n export A=1\ndone < file\nexport B=1\n") << A << 1 << "1" << true << true << 2;
    QTest::newRow("after while loop") << QByteArray("while read x; do\n export A=1\ndone < file\nexport B=1\n") << B << 1 << "1" << true << false << 4;
    QTest::newRow("until loop") << QByteArray("until x; do export A=1; done\n") << A << 1 << "1" << true << true << 1;
    QTest::newRow("for loop") << QByteArray("for i in a b; do\n export A=$i\ndone\n") << A << 1 << "$i" << true << true << 2;
    QTest::newRow("for header is not an assignment") << QByteArray("for A in x=1; do :; done\n") << A << 0 << "" << false << false << 0;
    QTest::newRow("arithmetic for loop") << QByteArray("for ((i=0;i<3;i++)); do\n export A=1\ndone\nexport B=2\n") << B << 1 << "2" << true << false << 4;
    QTest::newRow("function body") << QByteArray("f() {\n  export A=1\n}\nexport B=1\n") << A << 1 << "1" << true << true << 2;
    QTest::newRow("after function body") << QByteArray("f() {\n  export A=1\n}\nexport B=1\n") << B << 1 << "1" << true << false << 4;
    QTest::newRow("function keyword") << QByteArray("function f {\n  export A=1\n}\n") << A << 1 << "1" << true << true << 2;
    QTest::newRow("function keyword with parens") << QByteArray("function f()\n{\n  export A=1\n}\nexport B=2\n") << B << 1 << "2" << true << false << 5;
    QTest::newRow("one-line function") << QByteArray("f() { export A=1; }\nexport B=1\n") << A << 1 << "1" << true << true << 1;
    QTest::newRow("function with brace on next line") << QByteArray("f ()\n{\n export A=1\n}\n") << A << 1 << "1" << true << true << 3;
    QTest::newRow("local in function is not the environment") << QByteArray("f() {\n local A=1\n}\n") << A << 0 << "" << false << false << 0;
    QTest::newRow("brace group runs") << QByteArray("{ export A=1; }\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("brace group after &&") << QByteArray("true && { export A=1; }\n") << A << 1 << "1" << true << true << 1;
    QTest::newRow("subshell changes nothing") << QByteArray("( export A=1 )\nexport B=1\n") << A << 1 << "1" << true << true << 1;
    QTest::newRow("after subshell") << QByteArray("( export A=1 )\nexport B=1\n") << B << 1 << "1" << true << false << 2;
    QTest::newRow("pipeline runs in a subshell") << QByteArray("export A=1 | cat\n") << A << 1 << "1" << true << true << 1;
    QTest::newRow("background job") << QByteArray("export A=1 &\n") << A << 1 << "1" << true << true << 1;
    QTest::newRow("heredoc body skipped") << QByteArray("cat <<EOF\nexport A=1\nEOF\nexport B=2\n") << A << 0 << "" << false << false << 0;
    QTest::newRow("line after heredoc") << QByteArray("cat <<EOF >x\nexport A=1\nEOF\nexport B=2\n") << B << 1 << "2" << true << false << 4;
    QTest::newRow("quoted heredoc with tabs") << QByteArray("cat <<-'END'\n\texport A=1\n\tEND\nexport B=2\n") << A << 0 << "" << false << false << 0;
    QTest::newRow("herestring is not a heredoc") << QByteArray("cat <<< x\nexport A=1\n") << A << 1 << "1" << true << false << 2;
    QTest::newRow("continuation inside value") << QByteArray("export A=one\\\ntwo\n") << A << 1 << "onetwo" << true << false << 1;
    QTest::newRow("continuation before assignment") << QByteArray("export \\\n  A=1\nexport B=2\n") << A << 1 << "1" << true << false << 2;
    QTest::newRow("line after continuation") << QByteArray("export \\\n  A=1\nexport B=2\n") << B << 1 << "2" << true << false << 3;
    QTest::newRow("multi-line quoted value") << QByteArray("export A='a\nb'\nexport B=1\n") << B << 1 << "1" << true << false << 3;
    QTest::newRow("CRLF line endings") << QByteArray("export A=1\r\nexport B=2\r\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("set -a exports plain assignments") << QByteArray("set -a\nA=1\nset +a\n") << A << 1 << "1" << true << false << 2;
    QTest::newRow("set +a ends it") << QByteArray("set -a\nset +a\nA=1\n") << A << 1 << "1" << false << false << 3;
    QTest::newRow("unconditional return ends the file") << QByteArray("return\nexport A=1\n") << A << 1 << "1" << true << true << 2;
    QTest::newRow("zsh emulate -c") << QByteArray("emulate sh -c 'export A=1'\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("unterminated quote drops the command") << QByteArray("export B=1\nexport A='oops\n") << A << 0 << "" << false << false << 0;
    QTest::newRow("line before unterminated quote") << QByteArray("export B=1\nexport A='oops\n") << B << 1 << "1" << true << false << 1;
    QTest::newRow("redirection after export") << QByteArray("export A=1 2>/dev/null\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("last of several assignments") << QByteArray("export A=1\nexport A=2\n") << A << 2 << "2" << true << false << 2;
    // clang-format on
}

void TestEnvSources::posixSyntax()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    QFETCH(int, count);
    QFETCH(QString, value);
    QFETCH(bool, exported);
    QFETCH(bool, conditional);
    QFETCH(int, line);

    const QList<EnvAssignment> all
        = EnvSources::parse(text, Syntax::Posix, QStringLiteral("/home/carol/.bashrc"),
                            QStringLiteral("interactive"), nullptr, kHome);
    const QList<EnvAssignment> found = ofKey(all, key);
    QVERIFY2(
        found.size() == count,
        qPrintable(
            QStringLiteral("expected %1 assignment(s) of %2, got: %3").arg(count).arg(key, describe(all))));
    if (count == 0)
        return;
    const EnvAssignment &a = found.last();
    const QString shown = a.op == EnvAssignment::Op::Unset ? QStringLiteral("<unset>") : a.value;
    QVERIFY2(shown == value, qPrintable(describe(found)));
    QVERIFY2(a.exported == exported, qPrintable(describe(found)));
    QVERIFY2(a.conditional == conditional, qPrintable(describe(found)));
    QVERIFY2(a.line == line, qPrintable(describe(found)));
    QCOMPARE(a.file, QStringLiteral("/home/carol/.bashrc"));
    QCOMPARE(a.context, QStringLiteral("interactive"));
}

void TestEnvSources::sourcedTargets_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("targets");

    QTest::newRow("dot with $HOME in quotes")
        << QByteArray(". \"$HOME/.bashrc\"\n") << QStringList { QStringLiteral("/home/carol/.bashrc") };
    QTest::newRow("source with tilde")
        << QByteArray("source ~/.aliases\n") << QStringList { QStringLiteral("/home/carol/.aliases") };
    QTest::newRow("source with ${HOME}")
        << QByteArray("source \"${HOME}/x\"\n") << QStringList { QStringLiteral("/home/carol/x") };
    QTest::newRow("absolute path") << QByteArray(". /etc/bash_env\n")
                                   << QStringList { QStringLiteral("/etc/bash_env") };
    QTest::newRow("relative path is under the home")
        << QByteArray(". .env\n") << QStringList { QStringLiteral("/home/carol/.env") };
    QTest::newRow("conditional source still listed") << QByteArray("if [ -f ~/.y ]; then . ~/.y; fi\n")
                                                     << QStringList { QStringLiteral("/home/carol/.y") };
    QTest::newRow("variable path is not literal") << QByteArray(". $X/foo\n") << QStringList {};
    QTest::newRow("glob is not literal") << QByteArray(". ~/.d/*.sh\n") << QStringList {};
    QTest::newRow("command substitution is not literal")
        << QByteArray(". \"$(dirname $0)/x\"\n") << QStringList {};
    QTest::newRow("loop variable is not literal")
        << QByteArray("for i in /etc/profile.d/*.sh; do\n  if [ -r $i ]; then . $i; fi\ndone\n")
        << QStringList {};
    QTest::newRow("zsh emulate sourcing /etc/profile") << QByteArray("emulate sh -c 'source /etc/profile'\n")
                                                       << QStringList { QStringLiteral("/etc/profile") };
}

void TestEnvSources::sourcedTargets()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, targets);
    QStringList sourced;
    EnvSources::parse(text, Syntax::Posix, QStringLiteral("/home/carol/.profile"), QStringLiteral("login"),
                      &sourced, kHome);
    QVERIFY2(sourced == targets, qPrintable(sourced.join(QStringLiteral(", "))));
}

void TestEnvSources::fishSyntax_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("exported");
    QTest::addColumn<bool>("conditional");
    QTest::addColumn<int>("line");

    const QString A = QStringLiteral("A");
    const QString B = QStringLiteral("B");
    // clang-format off
    QTest::newRow("set -gx") << QByteArray("set -gx A 1\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("set -x") << QByteArray("set -x A 1\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("set -Ux") << QByteArray("set -Ux A 1\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("set -xg") << QByteArray("set -xg A 1\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("long options") << QByteArray("set --global --export A 1\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("set -g is not exported") << QByteArray("set -g A 1\n") << A << 1 << "1" << false << false << 1;
    QTest::newRow("set -U is not exported") << QByteArray("set -U A 1\n") << A << 1 << "1" << false << false << 1;
    QTest::newRow("set -g keeps an earlier export") << QByteArray("set -gx A 1\nset -g A 2\n") << A << 2 << "2" << true << false << 2;
    QTest::newRow("set -e") << QByteArray("set -gx A 1\nset -e A\n") << A << 2 << "<unset>" << true << false << 2;
    QTest::newRow("several values joined with spaces") << QByteArray("set -gx A a b c\n") << A << 1 << "a b c" << true << false << 1;
    QTest::newRow("quoted values") << QByteArray("set -gx A 'x y' \"z\"\n") << A << 1 << "x y z" << true << false << 1;
    QTest::newRow("no value is empty") << QByteArray("set -gx A\n") << A << 1 << "" << true << false << 1;
    QTest::newRow("tilde and other variables") << QByteArray("set -gx A $PATH ~/bin\n") << A << 1 << "$PATH /home/carol/bin" << true << false << 1;
    QTest::newRow("trailing comment") << QByteArray("set -gx A 1 # on\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("set -l is local") << QByteArray("set -l A 1\n") << A << 0 << "" << false << false << 0;
    QTest::newRow("set -q changes nothing") << QByteArray("set -q A\n") << A << 0 << "" << false << false << 0;
    QTest::newRow("fish export function") << QByteArray("export A=1\n") << A << 1 << "1" << true << false << 1;
    QTest::newRow("if block") << QByteArray("if status is-interactive\n  set -gx A 1\nend\n") << A << 1 << "1" << true << true << 2;
    QTest::newRow("after one-line if") << QByteArray("if x; set -gx A 1; end\nset -gx B 2\n") << B << 1 << "2" << true << false << 2;
    QTest::newRow("else if is one block") << QByteArray("if a\n set -gx A 1\nelse if b\n set -gx A 2\nend\nset -gx B 3\n") << B << 1 << "3" << true << false << 6;
    QTest::newRow("; and") << QByteArray("test -n x; and set -gx A 1\n") << A << 1 << "1" << true << true << 1;
    QTest::newRow("or") << QByteArray("test -n x\nor set -gx A 1\n") << A << 1 << "1" << true << true << 2;
    QTest::newRow("&&") << QByteArray("test -n x && set -gx A 1\n") << A << 1 << "1" << true << true << 1;
    QTest::newRow("function") << QByteArray("function f\n  set -gx A 1\nend\nset -gx B 1\n") << A << 1 << "1" << true << true << 2;
    QTest::newRow("after function") << QByteArray("function f\n  set -gx A 1\nend\nset -gx B 1\n") << B << 1 << "1" << true << false << 4;
    QTest::newRow("switch") << QByteArray("switch $x\ncase a\n  set -gx A 1\nend\nset -gx B 1\n") << B << 1 << "1" << true << false << 5;
    QTest::newRow("begin block runs") << QByteArray("begin\n  set -gx A 1\nend\n") << A << 1 << "1" << true << false << 2;
    QTest::newRow("for loop") << QByteArray("for x in a b\n  set -gx A $x\nend\n") << A << 1 << "$x" << true << true << 2;
    QTest::newRow("CRLF") << QByteArray("set -gx A 1\r\n") << A << 1 << "1" << true << false << 1;
    // clang-format on
}

void TestEnvSources::fishSyntax()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    QFETCH(int, count);
    QFETCH(QString, value);
    QFETCH(bool, exported);
    QFETCH(bool, conditional);
    QFETCH(int, line);

    const QList<EnvAssignment> all
        = EnvSources::parse(text, Syntax::Fish, QStringLiteral("/home/carol/.config/fish/config.fish"),
                            QStringLiteral("fish"), nullptr, kHome);
    const QList<EnvAssignment> found = ofKey(all, key);
    QVERIFY2(found.size() == count, qPrintable(describe(all)));
    if (count == 0)
        return;
    const EnvAssignment &a = found.last();
    const QString shown = a.op == EnvAssignment::Op::Unset ? QStringLiteral("<unset>") : a.value;
    QVERIFY2(shown == value, qPrintable(describe(found)));
    QVERIFY2(a.exported == exported, qPrintable(describe(found)));
    QVERIFY2(a.conditional == conditional, qPrintable(describe(found)));
    QVERIFY2(a.line == line, qPrintable(describe(found)));
}

void TestEnvSources::environmentFiles_data()
{
    QTest::addColumn<int>("syntax");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("line");

    const int etc = int(Syntax::EnvironmentFile);
    const int systemd = int(Syntax::EnvironmentD);
    const int pam = int(Syntax::PamEnvironment);
    const QString A = QStringLiteral("A");
    // clang-format off
    QTest::newRow("/etc/environment plain") << etc << QByteArray("A=1\n") << A << 1 << "1" << 1;
    QTest::newRow("/etc/environment double quotes") << etc << QByteArray("PATH=\"/usr/bin:/bin\"\n") << "PATH" << 1 << "/usr/bin:/bin" << 1;
    QTest::newRow("/etc/environment single quotes") << etc << QByteArray("A='x y'\n") << A << 1 << "x y" << 1;
    QTest::newRow("/etc/environment comments and blanks") << etc << QByteArray("# c\n\n  A=1\n") << A << 1 << "1" << 3;
    QTest::newRow("/etc/environment hash ends the value") << etc << QByteArray("A=x # c\n") << A << 1 << "x" << 1;
    QTest::newRow("/etc/environment no expansion") << etc << QByteArray("A=$HOME/x\n") << A << 1 << "$HOME/x" << 1;
    QTest::newRow("/etc/environment tolerates export") << etc << QByteArray("export A=1\n") << A << 1 << "1" << 1;
    QTest::newRow("/etc/environment not an assignment") << etc << QByteArray("A = 1\nB\n") << A << 0 << "" << 0;
    QTest::newRow("/etc/environment CRLF") << etc << QByteArray("A=1\r\n") << A << 1 << "1" << 1;
    QTest::newRow("environment.d plain") << systemd << QByteArray("A=1\n") << A << 1 << "1" << 1;
    QTest::newRow("environment.d quotes") << systemd << QByteArray("A=\"x y\"\n") << A << 1 << "x y" << 1;
    QTest::newRow("environment.d no trailing comment") << systemd << QByteArray("A=x # y\n") << A << 1 << "x # y" << 1;
    QTest::newRow("environment.d comments") << systemd << QByteArray("# A=0\n; A=0\nA=1\n") << A << 1 << "1" << 3;
    QTest::newRow("environment.d continuation") << systemd << QByteArray("A=one\\\ntwo\nB=2\n") << A << 1 << "onetwo" << 1;
    QTest::newRow("environment.d line after continuation") << systemd << QByteArray("A=one\\\ntwo\nB=2\n") << "B" << 1 << "2" << 3;
    QTest::newRow("environment.d HOME expanded") << systemd << QByteArray("A=$HOME/bin:${HOME}/x\n") << A << 1 << "/home/carol/bin:/home/carol/x" << 1;
    QTest::newRow("environment.d spaces around") << systemd << QByteArray("  A =  1  \n") << A << 1 << "1" << 1;
    QTest::newRow("pam KEY=VALUE") << pam << QByteArray("A=1\n") << A << 1 << "1" << 1;
    QTest::newRow("pam DEFAULT") << pam << QByteArray("A DEFAULT=x\n") << A << 1 << "x" << 1;
    QTest::newRow("pam OVERRIDE wins") << pam << QByteArray("A DEFAULT=x OVERRIDE=y\n") << A << 1 << "y" << 1;
    QTest::newRow("pam quoted DEFAULT") << pam << QByteArray("A DEFAULT=\"x y\"\n") << A << 1 << "x y" << 1;
    QTest::newRow("pam @{HOME}") << pam << QByteArray("A OVERRIDE=@{HOME}/z\n") << A << 1 << "/home/carol/z" << 1;
    QTest::newRow("pam bare name unsets") << pam << QByteArray("A DEFAULT=1\nA\n") << A << 2 << "<unset>" << 2;
    QTest::newRow("pam continuation") << pam << QByteArray("A \\\n DEFAULT=1\n") << A << 1 << "1" << 1;
    QTest::newRow("pam unknown option") << pam << QByteArray("A FOO=1\n") << A << 0 << "" << 0;
    // clang-format on
}

void TestEnvSources::environmentFiles()
{
    QFETCH(int, syntax);
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    QFETCH(int, count);
    QFETCH(QString, value);
    QFETCH(int, line);

    const QList<EnvAssignment> all
        = EnvSources::parse(text, Syntax(syntax), QStringLiteral("/etc/environment"),
                            QStringLiteral("graphical"), nullptr, kHome);
    const QList<EnvAssignment> found = ofKey(all, key);
    QVERIFY2(found.size() == count, qPrintable(describe(all)));
    if (count == 0)
        return;
    const EnvAssignment &a = found.last();
    const QString shown = a.op == EnvAssignment::Op::Unset ? QStringLiteral("<unset>") : a.value;
    QVERIFY2(shown == value, qPrintable(describe(found)));
    QVERIFY2(a.line == line, qPrintable(describe(found)));
    QVERIFY2(!a.conditional, qPrintable(describe(found)));
    QVERIFY2(a.op == EnvAssignment::Op::Unset || a.exported, "graphical-session files export every variable");
}

void TestEnvSources::environmentDOrder()
{
    test::FixtureCopy copy;
    QVERIFY(copy.isValid());
    QVERIFY(copy.write(QStringLiteral("/home/carol/.config/environment.d/20-b.conf"), "K=b\n"));
    QVERIFY(copy.write(QStringLiteral("/home/carol/.config/environment.d/10-a.conf"), "K=a\n"));
    QVERIFY(copy.write(QStringLiteral("/home/carol/.config/environment.d/30-c.conf.disabled"), "K=c\n"));
    QVERIFY(copy.write(QStringLiteral("/home/carol/.config/environment.d/.hidden.conf"), "K=h\n"));
    const RootFs fs(copy.root());
    const EnvReport report
        = EnvSources(fs).read(account(QStringLiteral("carol"), QStringLiteral("/bin/bash")));
    const QStringList files = filesOf(report.history(QStringLiteral("K")));
    QCOMPARE(files,
             (QStringList { QStringLiteral("/home/carol/.config/environment.d/10-a.conf"),
                            QStringLiteral("/home/carol/.config/environment.d/20-b.conf") }));
    const auto k = report.effective(QStringLiteral("K"));
    QVERIFY(k);
    QCOMPARE(k->value, QStringLiteral("b"));
    QCOMPARE(k->context, QStringLiteral("graphical"));
}

void TestEnvSources::environmentDAcrossDirectories()
{
    test::FixtureCopy copy;
    QVERIFY(copy.isValid());
    // Ordered by file name across the directories; of two with one name, the user's replaces /etc's.
    QVERIFY(copy.write(QStringLiteral("/etc/environment.d/10-a.conf"), "K=etc-a\n"));
    QVERIFY(copy.write(QStringLiteral("/etc/environment.d/20-b.conf"), "K=etc-b\n"));
    QVERIFY(copy.write(QStringLiteral("/home/carol/.config/environment.d/20-b.conf"), "K=user-b\n"));
    QVERIFY(copy.write(QStringLiteral("/usr/lib/environment.d/30-c.conf"), "K=lib-c\n"));
    const RootFs fs(copy.root());
    const EnvReport report
        = EnvSources(fs).read(account(QStringLiteral("carol"), QStringLiteral("/bin/bash")));
    const QList<EnvAssignment> history = report.history(QStringLiteral("K"));
    QVERIFY2(filesOf(history)
                 == (QStringList { QStringLiteral("/etc/environment.d/10-a.conf"),
                                   QStringLiteral("/home/carol/.config/environment.d/20-b.conf"),
                                   QStringLiteral("/usr/lib/environment.d/30-c.conf") }),
             qPrintable(describe(history)));
    QCOMPARE(report.effective(QStringLiteral("K"))->value, QStringLiteral("lib-c"));
    const auto replaced
        = std::find_if(report.files.cbegin(), report.files.cend(), [](const EnvSourceFile &f) {
              return f.path == QLatin1String("/etc/environment.d/20-b.conf");
          });
    QVERIFY(replaced != report.files.cend());
    QVERIFY(replaced->exists && !replaced->applied);
    QVERIFY2(replaced->note.contains(QLatin1String("/home/carol/.config/environment.d/20-b.conf")),
             qPrintable(replaced->note));
}

void TestEnvSources::fishUniversal_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("count"); // exported assignments of A
    QTest::addColumn<QString>("value");

    // clang-format off
    QTest::newRow("exported") << QByteArray("SETUVAR --export A:true\n") << 1 << "true";
    QTest::newRow("not exported") << QByteArray("SETUVAR A:true\n") << 0 << "";
    QTest::newRow("escaped bytes") << QByteArray("SETUVAR --export A:\\x2d\\x2dbold\\x20x\n") << 1 << "--bold x";
    QTest::newRow("list joined with spaces") << QByteArray("SETUVAR --export A:a\\x1eb\\x1ec\n") << 1 << "a b c";
    QTest::newRow("unicode escape") << QByteArray("SETUVAR --export A:caf\\u00e9\n") << 1 << QStringLiteral("caf\u00e9");
    QTest::newRow("UTF-8 as bytes") << QByteArray("SETUVAR --export A:\\xc3\\xa9t\\xc3\\xa9\n") << 1 << QStringLiteral("\u00e9t\u00e9");
    QTest::newRow("escaped backslash") << QByteArray("SETUVAR --export A:a\\\\b\n") << 1 << "a\\b";
    QTest::newRow("plain text outside the BMP") << QByteArray("SETUVAR --export A:x\xf0\x9f\x94\x92y\\x20z\n") << 1 << QStringLiteral("x\U0001F512y z");
    QTest::newRow("empty value") << QByteArray("SETUVAR --export A:\n") << 1 << "";
    QTest::newRow("fish 2 SET_EXPORT") << QByteArray("SET_EXPORT A:1\n") << 1 << "1";
    QTest::newRow("fish 2 SET") << QByteArray("SET A:1\n") << 0 << "";
    QTest::newRow("comments and header") << QByteArray("# This file contains fish universal variable definitions.\n# VERSION: 3.0\nSETUVAR --export A:1\n") << 1 << "1";
    QTest::newRow("truncated escape") << QByteArray("SETUVAR --export A:x\\x2\n") << 0 << "";
    QTest::newRow("invalid name") << QByteArray("SETUVAR --export 1A:x\nSETUVAR --export A:ok\n") << 1 << "ok";
    QTest::newRow("garbage line") << QByteArray("\xff\xfe garbage\nSETUVAR --export A:ok\n") << 1 << "ok";
    QTest::newRow("CRLF") << QByteArray("SETUVAR --export A:1\r\n") << 1 << "1";
    // clang-format on
}

void TestEnvSources::fishUniversal()
{
    QFETCH(QByteArray, text);
    QFETCH(int, count);
    QFETCH(QString, value);
    const QString file = QStringLiteral("/home/carol/.config/fish/fish_variables");
    const QList<EnvAssignment> list
        = ofKey(EnvSources::parse(text, Syntax::FishUniversal, file, QStringLiteral("fish"), nullptr, kHome),
                QStringLiteral("A"));
    QVERIFY2(list.size() == count, qPrintable(describe(list)));
    if (count > 0) {
        QCOMPARE(list.last().value, value);
        QVERIFY(list.last().exported);
        QCOMPARE(list.last().file, file);
    }
}

void TestEnvSources::zdotdirShadowsHomeFiles()
{
    test::FixtureCopy copy;
    QVERIFY(copy.isValid());
    QVERIFY(copy.write(QStringLiteral("/home/carol/.zshenv"), "export ZDOTDIR=$HOME/.config/zsh\n"));
    QVERIFY(copy.write(QStringLiteral("/home/carol/.zshrc"), "export K=1\n"));
    const RootFs fs(copy.root());
    const EnvReport report
        = EnvSources(fs).read(account(QStringLiteral("carol"), QStringLiteral("/bin/zsh")));
    QVERIFY2(!report.effective(QStringLiteral("K")), "a ~/.zshrc that zsh does not read was applied");
    const auto zshrc = std::find_if(report.files.cbegin(), report.files.cend(), [](const EnvSourceFile &f) {
        return f.path == QLatin1String("/home/carol/.zshrc");
    });
    QVERIFY(zshrc != report.files.cend());
    QVERIFY(zshrc->exists && !zshrc->applied);
    QVERIFY2(zshrc->note.contains(QLatin1String("/home/carol/.config/zsh/.zshrc")), qPrintable(zshrc->note));
    QCOMPARE(ofKey(report.notApplied, QStringLiteral("K")).size(), 1);
}

// ---------------------------------------------------------------------------------------------
// The order of files per shell

void TestEnvSources::fixtureAlice()
{
    test::FixtureCopy copy;
    QVERIFY(copy.isValid());
    const RootFs fs(copy.root());
    UserAccount alice { QStringLiteral("alice"), 1000, QStringLiteral("/home/alice"),
                        QStringLiteral("/bin/bash") };
    const EnvReport report = EnvSources(fs).read(alice);

    const auto ray = report.effective(QStringLiteral("RAY_USAGE_STATS_ENABLED"));
    QVERIFY2(ray, qPrintable(describe(report.assignments)));
    QCOMPARE(ray->value, QStringLiteral("1"));
    QCOMPARE(ray->file, QStringLiteral("/home/alice/.bashrc"));
    QCOMPARE(ray->line, 10);
    QVERIFY(!ray->conditional);
    QCOMPARE(ray->context, QStringLiteral("interactive"));
    // .profile sources .bashrc inside an if; .bashrc is applied once, at its own place.
    QCOMPARE(report.history(QStringLiteral("RAY_USAGE_STATS_ENABLED")).size(), 1);

    const auto dnt = report.effective(QStringLiteral("DO_NOT_TRACK"));
    QVERIFY2(dnt, qPrintable(describe(report.assignments)));
    QCOMPARE(dnt->value, QStringLiteral("1"));
    QCOMPARE(dnt->file, QStringLiteral("/home/alice/.profile"));
    QCOMPARE(dnt->line, 7);
    QCOMPARE(dnt->context, QStringLiteral("login"));

    const auto histcontrol = report.history(QStringLiteral("HISTCONTROL"));
    QCOMPARE(histcontrol.size(), 1);
    QVERIFY2(!histcontrol.first().exported, "HISTCONTROL is a plain shell variable");
    QVERIFY(!report.effective(QStringLiteral("HISTCONTROL")));

    const auto path = report.effective(QStringLiteral("PATH"));
    QVERIFY(path);
    QCOMPARE(path->file, QStringLiteral("/home/alice/.bashrc"));
    QCOMPARE(path->value, QStringLiteral("/home/alice/.local/bin:$PATH"));
    QCOMPARE(path->raw, QStringLiteral("\"$HOME/.local/bin:$PATH\""));
    QVERIFY(!path->literal);
    QCOMPARE(report.history(QStringLiteral("PATH")).first().file, QStringLiteral("/etc/environment"));

    QVERIFY2(report.findings.isEmpty(), qPrintable(codes(report.findings).join(u',')));
    QVERIFY(report.otherShell.isEmpty());
}

void TestEnvSources::fixtureBob()
{
    test::FixtureCopy copy;
    QVERIFY(copy.isValid());
    const RootFs fs(copy.root());
    UserAccount bob { QStringLiteral("bob"), 1001, QStringLiteral("/home/bob"), QStringLiteral("/bin/zsh") };
    const EnvReport report = EnvSources(fs).read(bob);
    const auto sky = report.effective(QStringLiteral("SKYPLANE_USAGE_STATS_ENABLED"));
    QVERIFY2(sky, qPrintable(describe(report.assignments)));
    QCOMPARE(sky->value, QStringLiteral("no"));
    QCOMPARE(sky->file, QStringLiteral("/home/bob/.zshrc"));
    QCOMPARE(sky->line, 1);
    QCOMPARE(sky->context, QStringLiteral("interactive"));
    QVERIFY(!report.effective(QStringLiteral("RAY_USAGE_STATS_ENABLED")));
}

void TestEnvSources::shellOrder_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QVariantMap>("files");
    QTest::addColumn<QStringList>("expected"); // files of history("K"), in order

    const QVariantMap graphical {
        { QStringLiteral("/etc/environment"), QStringLiteral("K=etc\n") },
        { QStringLiteral("/home/carol/.pam_environment"), QStringLiteral("K DEFAULT=pam\n") },
        { QStringLiteral("/home/carol/.config/environment.d/50-k.conf"), QStringLiteral("K=envd\n") },
    };
    const QStringList graphicalOrder { QStringLiteral("/etc/environment"),
                                       QStringLiteral("/home/carol/.pam_environment"),
                                       QStringLiteral("/home/carol/.config/environment.d/50-k.conf") };

    QVariantMap bash = graphical;
    bash.insert(QStringLiteral("/etc/profile"), QStringLiteral("export K=profile\n"));
    bash.insert(QStringLiteral("/etc/profile.d/b.sh"), QStringLiteral("export K=b\n"));
    bash.insert(QStringLiteral("/etc/profile.d/a.sh"), QStringLiteral("export K=a\n"));
    bash.insert(QStringLiteral("/etc/profile.d/c.csh"), QStringLiteral("setenv K csh\n"));
    bash.insert(QStringLiteral("/home/carol/.bash_login"), QStringLiteral("export K=login\n"));
    bash.insert(QStringLiteral("/etc/bash.bashrc"), QStringLiteral("export K=bashrc\n"));
    bash.insert(QStringLiteral("/home/carol/.bashrc"), QStringLiteral("export K=mine\n"));
    bash.insert(QStringLiteral("/home/carol/.zshrc"), QStringLiteral("export K=zsh\n"));
    QTest::newRow("bash") << QStringLiteral("/bin/bash") << bash
                          << graphicalOrder
            + QStringList { QStringLiteral("/etc/profile"),        QStringLiteral("/etc/profile.d/a.sh"),
                            QStringLiteral("/etc/profile.d/b.sh"), QStringLiteral("/home/carol/.bash_login"),
                            QStringLiteral("/etc/bash.bashrc"),    QStringLiteral("/home/carol/.bashrc") };

    QVariantMap sh = graphical;
    sh.insert(QStringLiteral("/etc/profile"), QStringLiteral("export K=profile\n"));
    sh.insert(QStringLiteral("/etc/profile.d/a.sh"), QStringLiteral("export K=a\n"));
    sh.insert(QStringLiteral("/home/carol/.profile"), QStringLiteral("export K=mine\n"));
    sh.insert(QStringLiteral("/home/carol/.bashrc"), QStringLiteral("export K=bash\n"));
    QTest::newRow("dash") << QStringLiteral("/bin/dash") << sh
                          << graphicalOrder
            + QStringList { QStringLiteral("/etc/profile"), QStringLiteral("/etc/profile.d/a.sh"),
                            QStringLiteral("/home/carol/.profile") };

    QVariantMap zsh = graphical;
    zsh.insert(QStringLiteral("/etc/zsh/zshrc"), QStringLiteral("export K=etc-zshrc\n"));
    zsh.insert(QStringLiteral("/home/carol/.zshrc"), QStringLiteral("export K=zshrc\n"));
    zsh.insert(QStringLiteral("/etc/zsh/zprofile"), QStringLiteral("export K=etc-zprofile\n"));
    zsh.insert(QStringLiteral("/home/carol/.zprofile"), QStringLiteral("export K=zprofile\n"));
    zsh.insert(QStringLiteral("/etc/zsh/zshenv"), QStringLiteral("export K=etc-zshenv\n"));
    zsh.insert(QStringLiteral("/home/carol/.zshenv"), QStringLiteral("export K=zshenv\n"));
    zsh.insert(QStringLiteral("/home/carol/.profile"), QStringLiteral("export K=profile\n"));
    zsh.insert(QStringLiteral("/home/carol/.bashrc"), QStringLiteral("export K=bash\n"));
    zsh.insert(QStringLiteral("/etc/profile"), QStringLiteral("export K=etc-profile\n"));
    zsh.insert(QStringLiteral("/etc/zsh/zlogin"), QStringLiteral("export K=etc-zlogin\n"));
    zsh.insert(QStringLiteral("/home/carol/.zlogin"), QStringLiteral("export K=zlogin\n"));
    QTest::newRow("zsh") << QStringLiteral("/usr/bin/zsh") << zsh
                         << graphicalOrder
            + QStringList { QStringLiteral("/home/carol/.profile"),  QStringLiteral("/etc/zsh/zshenv"),
                            QStringLiteral("/home/carol/.zshenv"),   QStringLiteral("/etc/zsh/zprofile"),
                            QStringLiteral("/home/carol/.zprofile"), QStringLiteral("/etc/zsh/zshrc"),
                            QStringLiteral("/home/carol/.zshrc"),    QStringLiteral("/etc/zsh/zlogin"),
                            QStringLiteral("/home/carol/.zlogin") };

    // ZDOTDIR set in ~/.zshenv: the rest of the user's files come from there, not from the home.
    QVariantMap zdotdir = graphical;
    zdotdir.insert(QStringLiteral("/home/carol/.zshenv"),
                   QStringLiteral("export ZDOTDIR=\"$HOME/.config/zsh\"\nexport K=zshenv\n"));
    zdotdir.insert(QStringLiteral("/home/carol/.zshrc"), QStringLiteral("export K=unread\n"));
    zdotdir.insert(QStringLiteral("/home/carol/.config/zsh/.zshrc"), QStringLiteral("export K=zdotdir\n"));
    QTest::newRow("zsh with ZDOTDIR") << QStringLiteral("/usr/bin/zsh") << zdotdir
                                      << graphicalOrder
            + QStringList { QStringLiteral("/home/carol/.zshenv"),
                            QStringLiteral("/home/carol/.config/zsh/.zshrc") };

    // ZDOTDIR set for everyone in /etc/zsh/zshenv: even ~/.zshenv is not read.
    QVariantMap etcZdotdir = graphical;
    etcZdotdir.insert(QStringLiteral("/etc/zsh/zshenv"), QStringLiteral("ZDOTDIR=/home/carol/.zsh\n"));
    etcZdotdir.insert(QStringLiteral("/home/carol/.zshenv"), QStringLiteral("export K=unread\n"));
    etcZdotdir.insert(QStringLiteral("/home/carol/.zsh/.zshenv"), QStringLiteral("export K=zshenv\n"));
    etcZdotdir.insert(QStringLiteral("/home/carol/.zsh/.zlogin"), QStringLiteral("export K=zlogin\n"));
    QTest::newRow("zsh with ZDOTDIR from /etc") << QStringLiteral("/usr/bin/zsh") << etcZdotdir
                                                << graphicalOrder
            + QStringList { QStringLiteral("/home/carol/.zsh/.zshenv"),
                            QStringLiteral("/home/carol/.zsh/.zlogin") };

    QVariantMap fish = graphical;
    fish.insert(QStringLiteral("/home/carol/.config/fish/config.fish"), QStringLiteral("set -gx K config\n"));
    fish.insert(QStringLiteral("/home/carol/.config/fish/conf.d/b.fish"), QStringLiteral("set -gx K b\n"));
    fish.insert(QStringLiteral("/home/carol/.config/fish/conf.d/a.fish"), QStringLiteral("set -gx K a\n"));
    fish.insert(QStringLiteral("/etc/fish/config.fish"), QStringLiteral("set -gx K etc\n"));
    fish.insert(QStringLiteral("/home/carol/.bashrc"), QStringLiteral("export K=bash\n"));
    fish.insert(QStringLiteral("/home/carol/.config/fish/fish_variables"),
                QStringLiteral("# This file contains fish universal variable definitions.\n# VERSION: 3.0\n"
                               "SETUVAR --export K:universal\nSETUVAR fish_greeting:\n"));
    QTest::newRow("fish") << QStringLiteral("/usr/bin/fish") << fish
                          << graphicalOrder
            + QStringList { QStringLiteral("/home/carol/.config/fish/fish_variables"),
                            QStringLiteral("/etc/fish/config.fish"),
                            QStringLiteral("/home/carol/.config/fish/conf.d/a.fish"),
                            QStringLiteral("/home/carol/.config/fish/conf.d/b.fish"),
                            QStringLiteral("/home/carol/.config/fish/config.fish") };

    QTest::newRow("unknown shell: graphical only")
        << QStringLiteral("/usr/bin/tcsh") << bash << graphicalOrder;
}

void TestEnvSources::shellOrder()
{
    QFETCH(QString, shell);
    QFETCH(QVariantMap, files);
    QFETCH(QStringList, expected);

    test::FixtureCopy copy;
    QVERIFY(copy.isValid());
    QVERIFY(writeAll(copy, files));
    const RootFs fs(copy.root());
    const EnvReport report = EnvSources(fs).read(account(QStringLiteral("carol"), shell));
    const QList<EnvAssignment> history = report.history(QStringLiteral("K"));
    QVERIFY2(filesOf(history) == expected, qPrintable(describe(history)));
    const auto k = report.effective(QStringLiteral("K"));
    QVERIFY(k);
    QCOMPARE(k->file, expected.last());
    for (const EnvAssignment &a : history)
        QVERIFY2(!a.conditional && a.exported, qPrintable(describe({ a })));
}

void TestEnvSources::bashProfileShadowsProfile_data()
{
    QTest::addColumn<QByteArray>("osRelease"); // empty: none (taken as Debian)
    QTest::addColumn<QByteArray>("bashProfile");
    QTest::addColumn<QString>("dntContext"); // context of effective DO_NOT_TRACK, "" when none
    QTest::addColumn<bool>("dntNotApplied"); // DO_NOT_TRACK listed in notApplied

    QTest::newRow("Debian: display manager still reads .profile")
        << QByteArray() << QByteArray("export A=1\n") << QStringLiteral("graphical") << false;
    QTest::newRow("Ubuntu os-release") << QByteArray("NAME=Ubuntu\nID=ubuntu\nID_LIKE=debian\n")
                                       << QByteArray("export A=1\n") << QStringLiteral("graphical") << false;
    QTest::newRow("Fedora: .profile is read by nothing")
        << QByteArray("NAME=Fedora\nID=fedora\n") << QByteArray("export A=1\n") << QString() << true;
    QTest::newRow("Fedora: .bash_profile sources .profile")
        << QByteArray("NAME=Fedora\nID=fedora\n") << QByteArray("[ -r ~/.x ] && . ~/.x\n. ~/.profile\n")
        << QStringLiteral("login") << false;
}

void TestEnvSources::bashProfileShadowsProfile()
{
    QFETCH(QByteArray, osRelease);
    QFETCH(QByteArray, bashProfile);
    QFETCH(QString, dntContext);
    QFETCH(bool, dntNotApplied);

    test::FixtureCopy copy;
    QVERIFY(copy.isValid());
    if (!osRelease.isEmpty())
        QVERIFY(copy.write(QStringLiteral("/etc/os-release"), osRelease));
    QVERIFY(copy.write(QStringLiteral("/home/alice/.bash_profile"), bashProfile));
    const RootFs fs(copy.root());
    UserAccount alice { QStringLiteral("alice"), 1000, QStringLiteral("/home/alice"),
                        QStringLiteral("/bin/bash") };
    const EnvReport report = EnvSources(fs).read(alice);

    const auto dnt = report.effective(QStringLiteral("DO_NOT_TRACK"));
    if (dntContext.isEmpty()) {
        QVERIFY2(!dnt, qPrintable(describe(report.assignments)));
    } else {
        QVERIFY2(dnt, qPrintable(describe(report.assignments)));
        QCOMPARE(dnt->context, dntContext);
        QCOMPARE(dnt->file, QStringLiteral("/home/alice/.profile"));
        QCOMPARE(dnt->line, 7);
    }
    QCOMPARE(!report.notAppliedHistory(QStringLiteral("DO_NOT_TRACK")).isEmpty(), dntNotApplied);

    // The login shell's ~/.profile is listed as not applied, with the reason.
    bool listed = false;
    for (const EnvSourceFile &f : report.files) {
        if (f.path == QLatin1String("/home/alice/.profile") && f.context == QLatin1String("login")
            && !f.applied) {
            listed = true;
            QVERIFY(f.exists);
            QVERIFY2(f.note.contains(QLatin1String("/home/alice/.bash_profile")), qPrintable(f.note));
        }
    }
    QVERIFY(listed);
    // ~/.bashrc is still applied as the interactive file.
    QVERIFY(report.effective(QStringLiteral("RAY_USAGE_STATS_ENABLED")));
}

void TestEnvSources::otherShellFiles_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QVariantMap>("files");
    QTest::addColumn<QString>("effective"); // effective K, "" when none
    QTest::addColumn<QString>("otherFile"); // file of the other shell's K
    QTest::addColumn<bool>("disagrees");

    QTest::newRow("bash user with a disagreeing .zshrc")
        << QStringLiteral("/bin/bash")
        << QVariantMap { { QStringLiteral("/home/carol/.bashrc"), QStringLiteral("export K=1\n") },
                         { QStringLiteral("/home/carol/.zshrc"), QStringLiteral("export K=0\n") } }
        << QStringLiteral("1") << QStringLiteral("/home/carol/.zshrc") << true;
    QTest::newRow("bash user with an agreeing .zshrc")
        << QStringLiteral("/bin/bash")
        << QVariantMap { { QStringLiteral("/home/carol/.bashrc"), QStringLiteral("export K=1\n") },
                         { QStringLiteral("/home/carol/.zshrc"), QStringLiteral("export K=1\n") } }
        << QStringLiteral("1") << QStringLiteral("/home/carol/.zshrc") << false;
    QTest::newRow("bash user with fish config")
        << QStringLiteral("/bin/bash")
        << QVariantMap { { QStringLiteral("/home/carol/.config/fish/conf.d/k.fish"),
                           QStringLiteral("set -gx K 0\n") } }
        << QString() << QStringLiteral("/home/carol/.config/fish/conf.d/k.fish") << true;
    QTest::newRow("zsh user with a .bashrc")
        << QStringLiteral("/bin/zsh")
        << QVariantMap { { QStringLiteral("/home/carol/.bashrc"), QStringLiteral("export K=0\n") },
                         { QStringLiteral("/home/carol/.zshenv"), QStringLiteral("export K=1\n") } }
        << QStringLiteral("1") << QStringLiteral("/home/carol/.bashrc") << true;
    QTest::newRow("fish user with a .bash_profile")
        << QStringLiteral("/usr/bin/fish")
        << QVariantMap { { QStringLiteral("/home/carol/.bash_profile"), QStringLiteral("export K=0\n") } }
        << QString() << QStringLiteral("/home/carol/.bash_profile") << true;
}

void TestEnvSources::otherShellFiles()
{
    QFETCH(QString, shell);
    QFETCH(QVariantMap, files);
    QFETCH(QString, effective);
    QFETCH(QString, otherFile);
    QFETCH(bool, disagrees);

    test::FixtureCopy copy;
    QVERIFY(copy.isValid());
    QVERIFY(writeAll(copy, files));
    const RootFs fs(copy.root());
    const EnvReport report = EnvSources(fs).read(account(QStringLiteral("carol"), shell));
    const auto k = report.effective(QStringLiteral("K"));
    QCOMPARE(k ? k->value : QString(), effective);
    for (const EnvAssignment &a : report.history(QStringLiteral("K")))
        QVERIFY2(a.file != otherFile, "another shell's file must not be applied");
    const QList<EnvAssignment> other = report.otherShellHistory(QStringLiteral("K"));
    QCOMPARE(other.size(), 1);
    QCOMPARE(other.first().file, otherFile);
    QCOMPARE(other.first().line, 1);
    QCOMPARE(other.first().context, QStringLiteral("other-shell"));
    QCOMPARE(!report.otherShellDisagreements(QStringLiteral("K")).isEmpty(), disagrees);
    bool listed = false;
    for (const EnvSourceFile &f : report.files) {
        if (f.path == otherFile) {
            listed = true;
            QCOMPARE(f.context, QStringLiteral("other-shell"));
            QVERIFY(!f.applied);
            QVERIFY(!f.note.isEmpty());
        }
    }
    QVERIFY(listed);
}

// ---------------------------------------------------------------------------------------------
// source / .

void TestEnvSources::sourceFollowing_data()
{
    QTest::addColumn<QVariantMap>("files");
    QTest::addColumn<QString>("file"); // file of the last K, "" when K is never assigned
    QTest::addColumn<int>("line");
    QTest::addColumn<bool>("conditional");

    const QString bashrc = QStringLiteral("/home/carol/.bashrc");
    const QString myenv = QStringLiteral("/home/carol/.myenv");
    QTest::newRow("literal path in the home")
        << QVariantMap { { bashrc, QStringLiteral("# env\n. ~/.myenv\n") },
                         { myenv, QStringLiteral("\nexport K=1\n") } }
        << myenv << 2 << false;
    QTest::newRow("$HOME in quotes") << QVariantMap { { bashrc, QStringLiteral("source \"$HOME/.myenv\"\n") },
                                                      { myenv, QStringLiteral("export K=1\n") } }
                                     << myenv << 1 << false;
    QTest::newRow("conditional source makes everything conditional")
        << QVariantMap { { bashrc, QStringLiteral("[ -f ~/.myenv ] && . ~/.myenv\n") },
                         { myenv, QStringLiteral("export K=1\n") } }
        << myenv << 1 << true;
    QTest::newRow("source inside an if")
        << QVariantMap { { bashrc, QStringLiteral("if true; then\n  . ~/.myenv\nfi\n") },
                         { myenv, QStringLiteral("export K=1\n") } }
        << myenv << 1 << true;
    QTest::newRow("non-literal path not followed")
        << QVariantMap { { bashrc, QStringLiteral(". $DIR/.myenv\n") },
                         { myenv, QStringLiteral("export K=1\n") } }
        << QString() << 0 << false;
    QTest::newRow("path outside home and /etc not followed")
        << QVariantMap { { bashrc, QStringLiteral(". /opt/env.sh\n") },
                         { QStringLiteral("/opt/env.sh"), QStringLiteral("export K=1\n") } }
        << QString() << 0 << false;
    QTest::newRow("file under /etc followed")
        << QVariantMap { { bashrc, QStringLiteral(". /etc/carol.env\n") },
                         { QStringLiteral("/etc/carol.env"), QStringLiteral("export K=1\n") } }
        << QStringLiteral("/etc/carol.env") << 1 << false;
    QTest::newRow("later line overrides the sourced file")
        << QVariantMap { { bashrc, QStringLiteral(". ~/.myenv\nexport K=2\n") },
                         { myenv, QStringLiteral("export K=1\n") } }
        << bashrc << 2 << false;
    QTest::newRow("set -a around a sourced .env")
        << QVariantMap { { bashrc, QStringLiteral("set -a\n. ~/.myenv\nset +a\n") },
                         { myenv, QStringLiteral("K=1\n") } }
        << myenv << 1 << false;
}

void TestEnvSources::sourceFollowing()
{
    QFETCH(QVariantMap, files);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(bool, conditional);

    test::FixtureCopy copy;
    QVERIFY(copy.isValid());
    QVERIFY(writeAll(copy, files));
    const RootFs fs(copy.root());
    const EnvReport report
        = EnvSources(fs).read(account(QStringLiteral("carol"), QStringLiteral("/bin/bash")));
    const QList<EnvAssignment> history = report.history(QStringLiteral("K"));
    if (file.isEmpty()) {
        QVERIFY2(history.isEmpty(), qPrintable(describe(history)));
        return;
    }
    QVERIFY2(!history.isEmpty(), qPrintable(describe(report.assignments)));
    const EnvAssignment &last = history.last();
    QCOMPARE(last.file, file);
    QCOMPARE(last.line, line);
    QCOMPARE(last.conditional, conditional);
    QCOMPARE(last.context, QStringLiteral("interactive"));
    const auto k = report.effective(QStringLiteral("K"));
    QCOMPARE(bool(k), !conditional);
    if (k)
        QVERIFY2(k->exported, "a sourced export reaches programs");
}

void TestEnvSources::sourceLoopTerminates()
{
    test::FixtureCopy copy;
    QVERIFY(copy.isValid());
    QVERIFY(copy.write(QStringLiteral("/home/carol/.bashrc"), ". ~/.a\n"));
    QVERIFY(copy.write(QStringLiteral("/home/carol/.a"), "export K=a\n. ~/.b\n"));
    QVERIFY(copy.write(QStringLiteral("/home/carol/.b"), "export L=b\n. ~/.a\n"));
    const RootFs fs(copy.root());
    const EnvReport report
        = EnvSources(fs).read(account(QStringLiteral("carol"), QStringLiteral("/bin/bash")));
    QCOMPARE(report.history(QStringLiteral("K")).size(), 1);
    QCOMPARE(report.history(QStringLiteral("L")).size(), 1);
    const Finding *loop = findingWithCode(report.findings, QStringLiteral("source-loop"));
    QVERIFY2(loop, qPrintable(codes(report.findings).join(u',')));
    QCOMPARE(loop->path, QStringLiteral("/home/carol/.b"));
    QVERIFY2(loop->message.contains(QLatin1String("/home/carol/.a")), qPrintable(loop->message));
}

void TestEnvSources::sourceDepthIsBounded()
{
    test::FixtureCopy copy;
    QVERIFY(copy.isValid());
    QVERIFY(copy.write(QStringLiteral("/home/carol/.bashrc"), ". ~/.s1\n"));
    for (int i = 1; i <= 12; ++i) {
        const QByteArray text
            = "export K" + QByteArray::number(i) + "=1\n. ~/.s" + QByteArray::number(i + 1) + "\n";
        QVERIFY(copy.write(QStringLiteral("/home/carol/.s%1").arg(i), text));
    }
    const RootFs fs(copy.root());
    const EnvReport report
        = EnvSources(fs).read(account(QStringLiteral("carol"), QStringLiteral("/bin/bash")));
    QVERIFY(report.effective(QStringLiteral("K%1").arg(EnvSources::kMaxSourceDepth)));
    QVERIFY(!report.effective(QStringLiteral("K%1").arg(EnvSources::kMaxSourceDepth + 1)));
    QVERIFY2(findingWithCode(report.findings, QStringLiteral("source-depth")),
             qPrintable(codes(report.findings).join(u',')));
}

void TestEnvSources::etcProfileSourcedRunsProfileD()
{
    test::FixtureCopy copy;
    QVERIFY(copy.isValid());
    QVERIFY(copy.write(QStringLiteral("/etc/zsh/zprofile"), "emulate sh -c 'source /etc/profile'\n"));
    QVERIFY(copy.write(QStringLiteral("/etc/profile"), "export K=profile\n"));
    QVERIFY(copy.write(QStringLiteral("/etc/profile.d/k.sh"), "export K=profiled\n"));
    const RootFs fs(copy.root());
    const EnvReport report
        = EnvSources(fs).read(account(QStringLiteral("carol"), QStringLiteral("/bin/zsh")));
    QCOMPARE(filesOf(report.history(QStringLiteral("K"))),
             (QStringList { QStringLiteral("/etc/profile"), QStringLiteral("/etc/profile.d/k.sh") }));
    const auto k = report.effective(QStringLiteral("K"));
    QVERIFY(k);
    QCOMPARE(k->context, QStringLiteral("login"));
}

// ---------------------------------------------------------------------------------------------
// Hostile files

void TestEnvSources::badFiles_data()
{
    QTest::addColumn<QByteArray>("bashrc");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("parsed"); // K from the file still counted

    QTest::newRow("binary") << QByteArray("export K=1\n\0\x01\x02garbage", 21) << QStringLiteral("binary")
                            << false;
    QTest::newRow("invalid UTF-8") << QByteArray("export X=caf\xe9\nexport K=1\n")
                                   << QStringLiteral("invalid-utf8") << true;
    QTest::newRow("CRLF") << QByteArray("export K=1\r\n") << QStringLiteral("crlf") << true;
    QTest::newRow("too large") << QByteArray("export K=1\n") + QByteArray(int(EnvSources::kMaxFileBytes), '#')
                               << QStringLiteral("too-large") << false;
    QTest::newRow("byte order mark breaks the first line") << QByteArray("\xEF\xBB\xBF"
                                                                         "export K=1\n")
                                                           << QStringLiteral("byte-order-mark") << false;
    QTest::newRow("byte order mark, later lines work") << QByteArray("\xEF\xBB\xBF"
                                                                     "# comment\nexport K=1\n")
                                                       << QStringLiteral("byte-order-mark") << true;
    QTest::newRow("unterminated quote")
        << QByteArray("export K=1\nexport X=\"oops\n") << QStringLiteral("unterminated-quote") << true;
}

void TestEnvSources::badFiles()
{
    QFETCH(QByteArray, bashrc);
    QFETCH(QString, code);
    QFETCH(bool, parsed);

    test::FixtureCopy copy;
    QVERIFY(copy.isValid());
    QVERIFY(copy.write(QStringLiteral("/home/carol/.bashrc"), bashrc));
    QVERIFY(copy.write(QStringLiteral("/home/carol/.profile"), "export P=1\n"));
    const RootFs fs(copy.root());
    const EnvReport report
        = EnvSources(fs).read(account(QStringLiteral("carol"), QStringLiteral("/bin/bash")));
    const Finding *f = findingWithCode(report.findings, code);
    QVERIFY2(f, qPrintable(codes(report.findings).join(u',')));
    QCOMPARE(f->path, QStringLiteral("/home/carol/.bashrc"));
    QVERIFY2(f->message.contains(QLatin1String("/home/carol/.bashrc")), qPrintable(f->message));
    QCOMPARE(bool(report.effective(QStringLiteral("K"))), parsed);
    if (parsed)
        QCOMPARE(report.effective(QStringLiteral("K"))->value, QStringLiteral("1"));
    QVERIFY2(report.effective(QStringLiteral("P")), "one bad file must not stop the others");
}

void TestEnvSources::specialFileIsNotOpened()
{
    test::FixtureCopy copy;
    QVERIFY(copy.isValid());
    QVERIFY(QDir().mkpath(copy.path(QStringLiteral("/home/carol/.bashrc"))));
    QVERIFY(QDir().mkpath(copy.path(QStringLiteral("/home/carol"))));
    QCOMPARE(::mkfifo(QFile::encodeName(copy.path(QStringLiteral("/home/carol/.zshrc"))).constData(), 0600),
             0);
    QVERIFY(copy.write(QStringLiteral("/home/carol/.profile"), "export P=1\n"));
    const RootFs fs(copy.root());
    const EnvReport report
        = EnvSources(fs).read(account(QStringLiteral("carol"), QStringLiteral("/bin/bash")));
    const Finding *f = findingWithCode(report.findings, QStringLiteral("not-regular"));
    QVERIFY2(f, qPrintable(codes(report.findings).join(u',')));
    QCOMPARE(f->path, QStringLiteral("/home/carol/.bashrc"));
    int notRegular = 0;
    for (const Finding &x : report.findings)
        notRegular += x.code == QLatin1String("not-regular") ? 1 : 0;
    QCOMPARE(notRegular, 2); // the directory and the FIFO (another shell's file), each named once
    QVERIFY(report.effective(QStringLiteral("P")));
}

// How fast is a figure of tests/bench (tlens-bench-parsers); a test only checks what is found, so that a
// loaded or instrumented build cannot fail it.
void TestEnvSources::largeFileParses()
{
    // 50,000 lines, 1 MB, of the constructs real start-up files are made of.
    QByteArray text;
    text.reserve(1100 * 1024);
    for (int i = 0; i < 10000; ++i) {
        const QByteArray n = QByteArray::number(i);
        QByteArray block = "export V" + n + "=\"$HOME/x\"\n";
        block += "[ -n \"$X\" ] && A=1\n";
        block += "case $x in a) B=1;; esac\n";
        block += "f() { export C=2; }\n";
        text += block + "# " + QByteArray(std::max(0, 103 - int(block.size())), 'x') + "\n";
    }
    QVERIFY2(text.size() >= 1000 * 1000 && text.size() <= 1100 * 1024,
             qPrintable(QString::number(text.size())));
    const QList<EnvAssignment> all
        = EnvSources::parse(text, Syntax::Posix, QStringLiteral("/home/carol/.bashrc"),
                            QStringLiteral("interactive"), nullptr, kHome);
    QCOMPARE(all.size(), 10000 * 4);
    QCOMPARE(all.last().line, 49999);
}

void TestEnvSources::hostileNestingTerminates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("syntax");
    QTest::addColumn<int>("trailing"); // the appended `Z` line: 0 swallowed, 1 unconditional, 2 conditional

    const int posix = int(Syntax::Posix);
    const int fish = int(Syntax::Fish);
    // clang-format off
    QTest::newRow("deep subshells") << QByteArray(200000, '(') + QByteArray(200000, ')') << posix << 1;
    QTest::newRow("deep command substitution") << QByteArray("export A=") + QByteArray(100000, '$').replace("$", "$(") << posix << 0;
    QTest::newRow("unbalanced closers") << QByteArray("fi\n").repeated(50000) + QByteArray("done\n}\nesac\n").repeated(20000) << posix << 1;
    QTest::newRow("many balanced ifs") << QByteArray("if x; then\n").repeated(50000) + QByteArray("fi\n").repeated(50000) << posix << 1;
    QTest::newRow("many open ifs") << QByteArray("if x; then\n").repeated(50000) << posix << 2;
    QTest::newRow("unterminated quote") << QByteArray("export A=\"") + QByteArray(500000, 'x') << posix << 0;
    QTest::newRow("endless heredoc") << QByteArray("cat <<EOF\n") + QByteArray("line\n").repeated(100000) << posix << 0;
    QTest::newRow("fish deep parens") << QByteArray("set -gx A ") + QByteArray(200000, '(') << fish << 0;
    QTest::newRow("fish stray ends then open ifs") << QByteArray("end\n").repeated(100000) + QByteArray("if x\n").repeated(100000) << fish << 2;
    // clang-format on
}

void TestEnvSources::hostileNestingTerminates()
{
    QFETCH(QByteArray, text);
    QFETCH(int, syntax);
    QFETCH(int, trailing);
    const QByteArray z
        = syntax == int(Syntax::Fish) ? QByteArray("\nset -gx Z 1\n") : QByteArray("\nexport Z=1\n");
    // A parse that is not linear in the text would not end within CTest's time limit.
    const QList<EnvAssignment> all
        = EnvSources::parse(text + z, Syntax(syntax), QStringLiteral("/x"), QStringLiteral("interactive"));
    const QList<EnvAssignment> found = ofKey(all, QStringLiteral("Z"));
    if (trailing == 0) {
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
    } else {
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().conditional, trailing == 2);
    }
}

// ---------------------------------------------------------------------------------------------
// EnvReport

void TestEnvSources::effectiveRules_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected"); // "" when none

    QTest::newRow("last unconditional wins") << QByteArray("export K=1\nexport K=2\n") << QStringLiteral("2");
    QTest::newRow("conditional later line does not count")
        << QByteArray("export K=1\nif x; then export K=2; fi\n") << QStringLiteral("1");
    QTest::newRow("unset at the end") << QByteArray("export K=1\nunset K\n") << QString();
    QTest::newRow("set again after unset")
        << QByteArray("export K=1\nunset K\nexport K=3\n") << QStringLiteral("3");
    QTest::newRow("plain after unset is not exported")
        << QByteArray("export K=1\nunset K\nK=3\n") << QString();
    QTest::newRow("plain after export stays exported")
        << QByteArray("export K=1\nK=3\n") << QStringLiteral("3");
    QTest::newRow("never exported") << QByteArray("K=1\n") << QString();
    QTest::newRow("conditional only") << QByteArray("[ x ] && export K=1\n") << QString();
}

void TestEnvSources::effectiveRules()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    EnvReport report;
    report.assignments = EnvSources::parse(text, Syntax::Posix, QStringLiteral("/home/carol/.bashrc"),
                                           QStringLiteral("interactive"));
    const auto k = report.effective(QStringLiteral("K"));
    QVERIFY2(bool(k) == !expected.isEmpty(), qPrintable(describe(report.assignments)));
    if (k)
        QCOMPARE(k->value, expected);
    QCOMPARE(report.history(QStringLiteral("K")).size(), int(text.count("K=") + text.count("unset K")));
}

void TestEnvSources::liveDifferences()
{
    EnvReport report;
    report.assignments
        = EnvSources::parse("export RAY_USAGE_STATS_ENABLED=0\nexport DO_NOT_TRACK=1\n"
                            "export PATH=$PATH:/x\nexport API_TOKEN=files-secret\n",
                            Syntax::Posix, QStringLiteral("/home/carol/.profile"), QStringLiteral("login"));
    const QStringList keys { QStringLiteral("RAY_USAGE_STATS_ENABLED"), QStringLiteral("DO_NOT_TRACK"),
                             QStringLiteral("PATH"), QStringLiteral("MLFLOW_DISABLE_TELEMETRY"),
                             QStringLiteral("API_TOKEN") };
    QVERIFY2(report.liveDifferences(keys).isEmpty(), "without a live environment nothing is compared");

    report.hasLive = true;
    report.live.insert(QStringLiteral("RAY_USAGE_STATS_ENABLED"), QStringLiteral("1"));
    report.live.insert(QStringLiteral("DO_NOT_TRACK"), QStringLiteral("1"));
    report.live.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
    report.live.insert(QStringLiteral("MLFLOW_DISABLE_TELEMETRY"), QStringLiteral("true"));
    report.live.insert(QStringLiteral("API_TOKEN"), QStringLiteral("live-secret"));
    const QList<EnvReport::LiveDifference> diffs = report.liveDifferences(keys);
    QStringList keysFound;
    for (const auto &d : diffs)
        keysFound.append(d.key);
    QCOMPARE(keysFound,
             (QStringList { QStringLiteral("RAY_USAGE_STATS_ENABLED"),
                            QStringLiteral("MLFLOW_DISABLE_TELEMETRY"), QStringLiteral("API_TOKEN") }));
    const auto &ray = diffs.at(0);
    QCOMPARE(ray.live, std::optional<QString>(QStringLiteral("1")));
    QVERIFY(ray.files);
    QCOMPARE(ray.files->value, QStringLiteral("0"));
    QVERIFY2(ray.message.contains(QLatin1String("\"1\"")) && ray.message.contains(QLatin1String("\"0\"")),
             qPrintable(ray.message));
    QVERIFY(!diffs.at(1).files);
    QVERIFY2(!diffs.at(2).message.contains(QLatin1String("secret")), qPrintable(diffs.at(2).message));
}

QTEST_GUILESS_MAIN(TestEnvSources)
#include "testenvsources.moc"
