// Several serums in one run ([[serums]], docs/model.md 9.3): each is its own transport and its
// own exposure; the same active from two serums is one molecule whose concentrations add
// (splitting a serum in two changes nothing), different actives act each on their own target,
// and every serum has its own files, summary entry and timeseries columns.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "dermasim/io/output_folder.hpp"
#include "dermasim/io/run_outputs.hpp"
#include "dermasim/io/run_tables.hpp"
#include "dermasim/run/simulate.hpp"
#include "melasma_fixture.hpp"

using namespace dermasim;

namespace {

/// The melasma cheek with `serums`, well-mixed, one run per text for the tests below.
const RunResult& run_of(const std::string& serums) {
  static std::map<std::string, RunResult> cache;
  auto it = cache.find(serums);
  if (it != cache.end()) return it->second;
  RunOptions o;
  o.fidelity = simulation::Fidelity::well_mixed;
  o.threads = 1;
  return cache.emplace(serums, simulate(test_util::melasma_cheek(serums), o)).first->second;
}

std::string serum(const std::string& active, const std::string& sessions) {
  return "[serum]\n" + test_util::serum_body(active, "sessions = " + sessions + "\n");
}

std::string serums(const std::string& active, const std::string& sessions) {
  return "[[serums]]\n" + test_util::serum_body(active, "sessions = " + sessions + "\n");
}

double lesion_melanin(const RunResult& r) {
  return r.healing.columns.back().epidermal_melanin[0];  // the patch's mean
}

double peak(const RunResult& r, const std::string& column) {
  double p = 0;
  for (double v : r.healing.column(column)) p = std::max(p, v);
  return p;
}

double relative(double a, double b) {
  return std::abs(a - b) / std::max(std::abs(a), std::abs(b));
}

std::string first_line(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);
  return line;
}

}  // namespace

TEST(SeveralSerums, SplittingASerumIntoTwoChangesNothing) {
  // Tranexamic acid after both sessions, as one [serum] or as two [[serums]] one session each:
  // the same molecule at the same melanocytes, whose concentrations add before its
  // concentration-effect law (docs/model.md 9.2, Loewe additivity). Independent action would
  // multiply two inhibitions instead and lighten less.
  const auto& one = run_of(serum("tranexamic_acid", "\"all\""));
  const auto& two = run_of(serums("tranexamic_acid", "[1]") + serums("tranexamic_acid", "[2]"));
  ASSERT_EQ(two.serums.size(), 2u);
  ASSERT_EQ(one.healing.rows.size(), two.healing.rows.size());
  ASSERT_EQ(two.healing.added_columns, (std::vector<std::string>{"serum_2_active_epidermis_ug_ml",
                                                                 "serum_2_active_dermis_ug_ml"}));
  const auto all = one.healing.column("active_epidermis_ug_ml");
  const auto first = two.healing.column("active_epidermis_ug_ml");
  const auto second = two.healing.column("serum_2_active_epidermis_ug_ml");
  int compared = 0;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i] <= 0) continue;
    EXPECT_LT(relative(first[i] + second[i], all[i]), 1e-12) << "row " << i;
    ++compared;
  }
  EXPECT_GT(compared, 20);
  // The second serum's concentration is zero before its session (day 14).
  for (std::size_t i = 0; i < two.healing.times.size(); ++i)
    if (two.healing.times[i] < 14 * 86400) {
      EXPECT_EQ(second[i], 0.0);
    }
  EXPECT_GT(peak(two, "serum_2_active_epidermis_ug_ml"), 0.0);
  // The healing is the same to the integrator's round-off.
  EXPECT_LT(relative(lesion_melanin(two), lesion_melanin(one)), 1e-9);
  const auto own_columns = simulation::observable_index("active_epidermis_ug_ml");
  for (std::size_t i = 0; i < one.healing.rows.size(); ++i)
    for (std::size_t c = 0; c < one.healing.rows[i].size(); ++c)
      if (c != own_columns && c != own_columns + 1) {  // the first serum's own, compared above
        EXPECT_NEAR(two.healing.rows[i][c], one.healing.rows[i][c],
                    1e-9 * std::max(1.0, std::abs(one.healing.rows[i][c])))
            << simulation::observable_columns()[c] << " row " << i;
      }
}

TEST(SeveralSerums, TwoActivesEachActOnTheirOwnTarget) {
  // Tranexamic acid for the pigment and platelet-rich plasma for the wound's signals, both
  // after both sessions. Tranexamic acid has no mechanism on the fibroblasts: with it the
  // platelet-rich plasma raises PDGF and collagen as it does alone. Both lighten the lesion (the
  // plasma through the faster epidermal turnover its growth factors drive, section 6.5), by
  // independent routes: to first order their lightenings add.
  const auto& none = run_of("");
  const auto& txa = run_of(serum("tranexamic_acid", "\"all\""));
  const auto& prp = run_of(serum("platelet_rich_plasma", "\"all\""));
  const auto& both =
      run_of(serums("tranexamic_acid", "\"all\"") + serums("platelet_rich_plasma", "\"all\""));
  EXPECT_GT(peak(prp, "pdgf_ng_ml"), peak(none, "pdgf_ng_ml"));
  EXPECT_LT(relative(peak(both, "pdgf_ng_ml"), peak(prp, "pdgf_ng_ml")), 1e-6);
  const auto collagen = [](const RunResult& r) {
    return r.healing.column("collagen_i_mg_cm3").back();
  };
  EXPECT_GT(collagen(prp), collagen(none));
  EXPECT_LT(relative(collagen(both), collagen(prp)), 1e-5);
  const double by_txa = lesion_melanin(none) - lesion_melanin(txa);
  const double by_prp = lesion_melanin(none) - lesion_melanin(prp);
  const double by_both = lesion_melanin(none) - lesion_melanin(both);
  EXPECT_GT(by_txa, 0.0);
  EXPECT_GT(by_prp, 0.0);
  EXPECT_NEAR(by_both, by_txa + by_prp, 0.05 * (by_txa + by_prp));
  // Each serum's own concentration: the first's in active_*, the second's in serum_2_active_*.
  EXPECT_LT(relative(peak(both, "active_epidermis_ug_ml"), peak(txa, "active_epidermis_ug_ml")),
            1e-12);
  EXPECT_LT(relative(peak(both, "serum_2_active_dermis_ug_ml"), peak(prp, "active_dermis_ug_ml")),
            1e-12);
  // Two pigment actives with two mechanisms lighten more than either.
  const auto& nia = run_of(serum("niacinamide", "\"all\""));
  const auto& pair =
      run_of(serums("tranexamic_acid", "\"all\"") + serums("niacinamide", "\"all\""));
  EXPECT_LT(lesion_melanin(pair), std::min(lesion_melanin(txa), lesion_melanin(nia)));
}

TEST(SeveralSerums, EachSerumHasItsFilesItsSummaryAndItsColumns) {
  // An acting serum and one without a mechanism: the second leaves the healing bit for bit as
  // the first alone does, and is reported with its transport all the same.
  const auto& alone = run_of(serum("tranexamic_acid", "[1]"));
  const auto& run = run_of(serums("tranexamic_acid", "[1]") + serums("hyaluronic_acid_low", "[2]"));
  ASSERT_EQ(run.serums.size(), 2u);
  ASSERT_EQ(run.healing.rows.size(), alone.healing.rows.size());
  for (std::size_t i = 0; i < run.healing.rows.size(); ++i)
    EXPECT_EQ(run.healing.rows[i], alone.healing.rows[i]) << "row " << i;
  EXPECT_EQ(run.serums[1].mechanism, actives::Mechanism::none);
  EXPECT_FALSE(run.serums[1].absorption.rows.empty());
  EXPECT_GT(run.serums[1].absorption.channels.density, 0.0);  // the second session's channels

  const auto summary = io::run_summary(run);
  ASSERT_EQ(summary["serums"].size(), 2u);
  const auto& s1 = summary["serums"][0];
  const auto& s2 = summary["serums"][1];
  EXPECT_EQ(s1["active"], "tranexamic_acid");
  EXPECT_EQ(s1["action"]["mechanism"], "paracrine_melanogenesis_inhibition");
  EXPECT_EQ(s2["active"], "hyaluronic_acid_low");
  EXPECT_EQ(s2["session"].get<int>(), 2);
  EXPECT_EQ(s2["action"]["mechanism"], "none");
  EXPECT_EQ(s2["files"]["absorption"], "absorption_2.csv");
  EXPECT_EQ(s2["timeseries_columns"][0], "serum_2_active_epidermis_ug_ml");
  EXPECT_GT(s2["delivered_ug_cm2"]["24"].get<double>(), 0.0);
  // The first serum's keys stay where a single [serum] has them.
  EXPECT_EQ(summary["serum"]["active"], "tranexamic_acid");
  EXPECT_EQ(summary["enhancement_ratio"], s1["enhancement_ratio"]);

  const auto dir = std::filesystem::temp_directory_path() / "dermasim_test_several_serums";
  std::filesystem::remove_all(dir);
  io::write_run_outputs(dir, run);
  for (const char* f :
       {"absorption.csv", "absorption_2.csv", "absorption_profile.csv", "absorption_profile_2.csv",
        "serum_cross_section_24h.png", "serum_2_cross_section_24h.png"})
    EXPECT_TRUE(std::filesystem::exists(dir / f)) << f;
  EXPECT_EQ(first_line(dir / "absorption_2.csv"), first_line(dir / "absorption.csv"));
  // The hyaluronic acid acts on nothing: no serum_2 concentration columns.
  EXPECT_EQ(first_line(dir / "timeseries.csv").find("serum_2_"), std::string::npos);
  // A second run in the same folder replaces every serum's files (they are the run's own).
  io::write_run_outputs(dir, alone);
  EXPECT_FALSE(std::filesystem::exists(dir / "absorption_2.csv"));
  EXPECT_TRUE(std::filesystem::exists(dir / "absorption.csv"));
  std::filesystem::remove_all(dir);
}

TEST(SeveralSerums, TheLaterSerumsColumnsComeAfterEveryOther) {
  const auto& run =
      run_of(serums("tranexamic_acid", "\"all\"") + serums("platelet_rich_plasma", "\"all\""));
  const auto table = io::timeseries_table(run.healing, &run.outcomes);
  ASSERT_GE(table.size(), 2u);
  EXPECT_EQ(table[table.size() - 2].name, "serum_2_active_epidermis_ug_ml");
  EXPECT_EQ(table.back().name, "serum_2_active_dermis_ug_ml");
  // Every other column where a run without serums has it.
  const auto plain = io::timeseries_table(run_of("").healing, &run_of("").outcomes);
  ASSERT_EQ(plain.size() + 2, table.size());
  for (std::size_t c = 0; c < plain.size(); ++c) EXPECT_EQ(table[c].name, plain[c].name);
}
