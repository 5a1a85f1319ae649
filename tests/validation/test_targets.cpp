// The validation data itself: every row has a source, says what its test measures and names
// tests that exist, so that a target cannot be listed without being checked.
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "targets.hpp"

using dermasim::test_util::validation_targets;

TEST(ValidationTargets, EveryRowHasASourceACheckAndARange) {
  std::set<std::string> ids;
  ASSERT_GT(validation_targets().size(), 10u);
  for (const auto& t : validation_targets()) {
    const std::string& id = t["id"];
    EXPECT_TRUE(ids.insert(id).second) << "duplicate id " << id;
    EXPECT_FALSE(t["source"].empty()) << id;
    EXPECT_FALSE(t["check"].empty()) << id;
    EXPECT_LE(t.low(), t.high()) << id;
    if (t["check_unit"] != "sign") {
      EXPECT_FALSE(t["check_low"].empty() && t["check_high"].empty()) << id << " has no range";
    }
  }
}

TEST(ValidationTargets, EveryRowIsCheckedByARegisteredTest) {
  std::set<std::string> registered;
  const auto* unit = ::testing::UnitTest::GetInstance();
  for (int i = 0; i < unit->total_test_suite_count(); ++i) {
    const auto* suite = unit->GetTestSuite(i);
    for (int j = 0; j < suite->total_test_count(); ++j)
      registered.insert(std::string(suite->name()) + "." + suite->GetTestInfo(j)->name());
  }
  for (const auto& t : validation_targets()) {
    std::istringstream names(t["checked_by"]);
    std::string name;
    int count = 0;
    while (names >> name) {
      ++count;
      EXPECT_TRUE(registered.contains(name)) << t["id"] << ": no test named " << name;
    }
    EXPECT_GT(count, 0) << t["id"] << " names no test";
  }
}
