#pragma once

#include <string>
#include <vector>

namespace YAML {
class Node;
}

namespace tlens {

// YAML::LoadAll behind a first pass that only counts the parser's events and gives up (throwing
// YAML::Exception) past a bound no real file reaches: yaml-cpp can build nodes without end for some
// malformed input, and every home file may be hostile.
std::vector<YAML::Node> loadAllYamlBounded(const std::string &text);

// YAML::Load (the first document) behind the same bound.
YAML::Node loadYamlBounded(const std::string &text);

} // namespace tlens
