#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dermasim/parameters/parameter_format.hpp"
#include "dermasim/parameters/parameter_set.hpp"

namespace {

std::string read_parameters_md() {
  std::ifstream in(std::string(DERMASIM_DOCS_DIR) + "/parameters.md");
  std::stringstream doc;
  doc << in.rdbuf();
  return doc.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST(Parameters, EveryParameterIsDocumentedWithItsSource) {
  const std::string doc = read_parameters_md();
  ASSERT_FALSE(doc.empty()) << "docs/parameters.md is missing";
  const auto params = dermasim::parameters::default_parameters();
  ASSERT_FALSE(params.infos().empty());
  for (const auto& p : params.infos()) {
    EXPECT_NE(doc.find("| `" + p.name + "` |"), std::string::npos) << p.name;
    EXPECT_FALSE(p.source.empty()) << p.name;
    EXPECT_LE(p.min, p.value) << p.name;
    EXPECT_LE(p.value, p.max) << p.name;
  }
}

TEST(Parameters, EveryRangeSaysWhereItsEndsComeFrom) {
  const auto params = dermasim::parameters::default_parameters();
  for (const auto& p : params.infos()) {
    EXPECT_FALSE(p.range_source.empty()) << p.name;
    EXPECT_LT(p.min, p.max) << p.name;
    // A '|' or a line break would split the markdown row.
    for (const std::string* text : {&p.description, &p.source, &p.range_source})
      EXPECT_EQ(text->find_first_of("|\n"), std::string::npos) << p.name << ": " << *text;
  }
}

TEST(Parameters, DocumentedRowsAreTheProgramsRows) {
  // docs/parameters.md section 1 is `dermasim parameters --markdown`, row by row: each model table
  // has the program's header, and each parameter's row is the program's, character for character.
  const auto lines = lines_of(read_parameters_md());
  ASSERT_FALSE(lines.empty()) << "docs/parameters.md is missing";
  const auto header = lines_of(dermasim::parameters::markdown_header());
  ASSERT_EQ(header.size(), 2u);
  int tables = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].rfind("| name | value | unit |", 0) != 0) continue;
    ++tables;
    EXPECT_EQ(lines[i], header[0]) << "docs/parameters.md line " << i + 1;
    ASSERT_LT(i + 1, lines.size());
    EXPECT_EQ(lines[i + 1], header[1]) << "docs/parameters.md line " << i + 2;
  }
  EXPECT_EQ(tables, 5) << "general, healing, outcomes, transport and actives' action tables";
  const auto params = dermasim::parameters::default_parameters();
  for (const auto& p : params.infos()) {
    const std::string start = "| `" + p.name + "` |";
    int rows = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].rfind(start, 0) != 0) continue;
      ++rows;
      EXPECT_EQ(lines[i], dermasim::parameters::markdown_row(p))
          << "docs/parameters.md line " << i + 1 << " is not what `dermasim parameters --markdown` "
          << "prints for " << p.name;
    }
    EXPECT_EQ(rows, 1) << p.name << " should have exactly one row in docs/parameters.md";
  }
}
