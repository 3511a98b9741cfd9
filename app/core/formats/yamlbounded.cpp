#include "yamlbounded.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <sstream>

namespace tlens {

namespace {

class EventCounter final : public YAML::EventHandler {
public:
    explicit EventCounter(size_t limit)
        : m_limit(limit)
    { }
    void OnDocumentStart(const YAML::Mark &mark) override { count(mark); }
    void OnDocumentEnd() override { count(m_mark); }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override { count(mark); }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override { count(mark); }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t, const std::string &) override
    {
        count(mark);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        count(mark);
    }
    void OnSequenceEnd() override { count(m_mark); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
        count(mark);
    }
    void OnMapEnd() override { count(m_mark); }

private:
    void count(const YAML::Mark &mark)
    {
        m_mark = mark;
        if (++m_count > m_limit)
            throw YAML::Exception(m_mark, "too many nodes to read safely");
    }
    size_t m_limit;
    size_t m_count = 0;
    YAML::Mark m_mark = YAML::Mark::null_mark();
};

} // namespace

namespace {

// Throws YAML::Exception when the text has more parser events than any real file.
void checkBound(const std::string &text)
{
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    // A YAML event needs at least one character of input, give or take the implicit ones.
    EventCounter counter(4 * text.size() + 64);
    while (parser.HandleNextDocument(counter)) { }
}

} // namespace

std::vector<YAML::Node> loadAllYamlBounded(const std::string &text)
{
    checkBound(text);
    return YAML::LoadAll(text);
}

YAML::Node loadYamlBounded(const std::string &text)
{
    checkBound(text);
    return YAML::Load(text);
}

} // namespace tlens
