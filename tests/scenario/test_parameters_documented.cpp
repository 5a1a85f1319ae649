#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "dermasim/parameters/parameter_set.hpp"

TEST(Parameters, EveryParameterIsDocumentedWithItsSource) {
  std::ifstream in(std::string(DERMASIM_DOCS_DIR) + "/parameters.md");
  ASSERT_TRUE(in) << "docs/parameters.md is missing";
  std::stringstream doc;
  doc << in.rdbuf();
  const auto params = dermasim::parameters::default_parameters();
  ASSERT_FALSE(params.infos().empty());
  for (const auto& p : params.infos()) {
    EXPECT_NE(doc.str().find("| `" + p.name + "` |"), std::string::npos) << p.name;
    EXPECT_FALSE(p.source.empty()) << p.name;
    EXPECT_LE(p.min, p.value);
    EXPECT_LE(p.value, p.max);
  }
}
