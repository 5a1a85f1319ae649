// The report's pieces: base64 against RFC 4648's vectors, the CSV tables, the outcome table's
// differences, and the page's escaping of the data it carries.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "dermasim/report/assets.hpp"
#include "dermasim/report/base64.hpp"
#include "dermasim/report/column_table.hpp"
#include "dermasim/report/outcome_table.hpp"
#include "dermasim/report/report.hpp"

namespace dermasim::report {
namespace {

using json = nlohmann::ordered_json;

TEST(Report, Base64MatchesTheVectorsOfRfc4648) {
  EXPECT_EQ(base64_encode(""), "");
  EXPECT_EQ(base64_encode("f"), "Zg==");
  EXPECT_EQ(base64_encode("fo"), "Zm8=");
  EXPECT_EQ(base64_encode("foo"), "Zm9v");
  EXPECT_EQ(base64_encode("foob"), "Zm9vYg==");
  EXPECT_EQ(base64_encode("fooba"), "Zm9vYmE=");
  EXPECT_EQ(base64_encode("foobar"), "Zm9vYmFy");
  EXPECT_EQ(base64_encode(std::string("\x00\xff\x80", 3)), "AP+A");
}

TEST(Report, CsvBecomesColumnsWithNumbersStringsAndNulls) {
  const json t = csv_to_columns("time_h,x_um,layer\n0,1.5,dermis\n2,,\n");
  EXPECT_EQ(t["columns"], json({"time_h", "x_um", "layer"}));
  ASSERT_EQ(row_count(t), 2u);
  EXPECT_DOUBLE_EQ(t["values"][1][0].get<double>(), 1.5);
  EXPECT_EQ(t["values"][2][0], "dermis");
  EXPECT_TRUE(t["values"][1][1].is_null());
  EXPECT_TRUE(t["values"][2][1].is_null());
  EXPECT_DOUBLE_EQ(t["values"][0][1].get<double>(), 2.0);
}

TEST(Report, CsvWithARaggedRowIsAnErrorNamingTheLine) {
  try {
    csv_to_columns("a,b\n1,2\n3\n");
    FAIL() << "a ragged row was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("line 3"), std::string::npos) << e.what();
  }
}

TEST(Report, OutcomeTableHoldsEachWeekAndEachRunsDifferenceFromTheFirst) {
  const json a = {{"collagen_change_pct", {{"4", 3.0}, {"6", 8.0}, {"12", 10.0}, {"26", 7.0}}},
                  {"scar_depth_change_pct_by_type", {{"boxcar", {{"4", -20.0}, {"26", -50.0}}}}},
                  {"punctures", 100},
                  {"depth_um", {{"mean", 500.0}}}};
  const json b = {{"collagen_change_pct", {{"4", 5.0}, {"6", 9.5}}},  // a shorter run
                  {"ra_change_pct", {{"4", -10.0}}},
                  {"punctures", 160},
                  {"depth_um", {{"mean", 450.0}}}};
  const json t = outcome_table({a, b});
  EXPECT_EQ(t["weeks"], json({"4", "6", "12", "26"}));
  ASSERT_EQ(t["rows"].size(), 3u);
  const json& collagen = t["rows"][0];
  EXPECT_EQ(collagen["measure"], "collagen_change_pct");
  EXPECT_EQ(collagen["values"][0], json({3.0, 8.0, 10.0, 7.0}));
  EXPECT_EQ(collagen["values"][1], json({5.0, 9.5, nullptr, nullptr}));
  EXPECT_EQ(collagen["differences"][0], json({nullptr, nullptr, nullptr, nullptr}));
  EXPECT_EQ(collagen["differences"][1], json({2.0, 1.5, nullptr, nullptr}));
  EXPECT_EQ(t["rows"][1]["measure"], "scar_depth_change_pct_by_type.boxcar");
  EXPECT_EQ(t["rows"][1]["values"][0], json({-20.0, nullptr, nullptr, -50.0}));
  EXPECT_EQ(t["rows"][1]["values"][1], json({nullptr, nullptr, nullptr, nullptr}));
  EXPECT_EQ(t["rows"][2]["measure"], "ra_change_pct");
  EXPECT_TRUE(t["rows"][2]["values"][0][0].is_null());

  const json k = key_numbers({a, b});
  ASSERT_EQ(k.size(), 2u);  // only the key numbers some run has
  EXPECT_EQ(k[0]["measure"], "punctures");
  EXPECT_EQ(k[0]["differences"], json({nullptr, 60.0}));
  EXPECT_EQ(k[1]["measure"], "depth_um/mean");
  EXPECT_EQ(k[1]["differences"][1], -50.0);
}

// A scenario's text travels inside <script type="application/json">: whatever it holds must
// neither end that element nor change on the way.
TEST(Report, PageCarriesTheDataUnchangedWhateverTheScenarioSays) {
  const std::string hostile = "name = \"</script><script>alert(1)</script><!-- x\"\n";
  const json run = {{"label", "a"},
                    {"folder", "a"},
                    {"summary", {{"status", "complete"}, {"scenario", "a.toml"}}},
                    {"scenario_toml", hostile},
                    {"timeseries", nullptr},
                    {"absorption", nullptr},
                    {"absorption_profile", nullptr},
                    {"punctures", nullptr},
                    {"images", json::array()}};
  const std::string html = report_html({{"kind", "run"}, {"runs", {run}}});
  const std::string open = "<script type=\"application/json\" id=\"dermasim-data\">";
  const auto begin = html.find(open);
  ASSERT_NE(begin, std::string::npos);
  const auto end = html.find("</script>", begin);
  const json back = json::parse(html.substr(begin + open.size(), end - begin - open.size()));
  EXPECT_EQ(back["runs"][0]["scenario_toml"], hostile);
  // The libraries and the report script are all inlined: nothing is fetched.
  EXPECT_EQ(html.find("<script src"), std::string::npos);
  EXPECT_NE(html.find(std::string(vega_lite_js().substr(0, 200))), std::string::npos);
  // The chart library's licence travels along.
  EXPECT_NE(html.find("Redistribution and use in source and binary forms"), std::string::npos);
}

TEST(Report, AssetsAreTheWholeFiles) {
  // .incbin copies the files: each ends as the file does, not cut short.
  EXPECT_GT(vega_js().size(), 100000u);
  EXPECT_GT(vega_lite_js().size(), 100000u);
  EXPECT_NE(report_js().find("window.dermasimReport"), std::string_view::npos);
  EXPECT_EQ(report_js().back(), '\n');
  EXPECT_NE(report_css().find("nav#toc"), std::string_view::npos);
}

}  // namespace
}  // namespace dermasim::report
