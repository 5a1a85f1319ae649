// Courses of microneedling with a serum after every session against the trials that measured
// them (issue 16; docs/model.md 9.6; targets and tolerances: tests/validation/targets.csv). The
// well-mixed fidelity, whose serum runs on the axisymmetric cell (8.9): a course in seconds.
// Each run also runs itself without the serum's action (compare = true), so every check is the
// serum's own effect on the same treatment.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../scenario/scenario_test_util.hpp"
#include "../validation/targets.hpp"
#include "dermasim/io/run_outputs.hpp"
#include "dermasim/run/simulate.hpp"

using namespace dermasim;

namespace {

std::string validation_file(const std::string& name) {
  std::ifstream in(std::string(DERMASIM_VALIDATION_DIR) + "/" + name + ".toml");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

/// A validation course with `serum` appended, run well-mixed; its summary.json object.
nlohmann::ordered_json course(const std::string& text) {
  RunOptions o;
  o.fidelity = simulation::Fidelity::well_mixed;
  o.threads = 1;
  return io::run_summary(simulate(test_util::load_text(text), o));
}

/// A key's value at week `week`, with the serum and (from serum_effect_pct) without it.
struct WithAndWithout {
  double with = 0, without = 0;
  double effect() const { return with - without; }
};
WithAndWithout at_week(const nlohmann::ordered_json& s, const std::string& key, int week) {
  const std::string w = std::to_string(week);
  const double with = s.at(key).at(w).get<double>();
  return {with, with - s.at("serum_effect_pct").at(key).at(w).get<double>()};
}

/// The Ismail melasma course's skin and roller with sessions on `days` (`passes` each: 0 is a
/// sham session, the serum alone) and tranexamic acid at `concentration` after every one,
/// followed to week 12.
std::string tranexamic_course(const std::vector<int>& days, int passes,
                              const std::string& concentration) {
  const std::string ismail = validation_file("ismail_melasma_course");
  std::string text = ismail.substr(0, ismail.find("[[sessions]]"));
  for (int day : days)
    text += "[[sessions]]\nday = " + std::to_string(day) + "\npasses = " + std::to_string(passes) +
            "\n";
  text += ismail.substr(ismail.find("[simulation]"));
  return text + "\n[serum]\nactive = \"tranexamic_acid\"\nconcentration = \"" + concentration +
         "\"\nsessions = \"all\"\ncompare = true\n";
}

}  // namespace

TEST(CourseValidation, VitaminCAfterEverySessionOfIsmailsCourse) {
  // Ismail 2019: six sessions two weeks apart with topical vitamin C, MASI -33 % at week 12.
  // 20 % L-ascorbic acid after every session: ascorbate is the prolyl hydroxylase's cofactor
  // (9.2), so it adds collagen, and without a published tyrosinase dose-response it has no
  // pigment mechanism: the MASI is the needling's (the target's accepted range says so).
  const auto s = course(validation_file("ismail_melasma_course") +
                        "\n[serum]\nactive = \"l_ascorbic_acid\"\nconcentration = \"20 %\"\n"
                        "sessions = \"all\"\ncompare = true\n");
  ASSERT_EQ(s["serum"]["applications"].size(), 6u);
  const auto masi = at_week(s, "masi_change_pct", 12);
  const auto collagen = at_week(s, "collagen_change_pct", 12);
  RecordProperty("masi_change_pct_week_12", std::to_string(masi.with));
  RecordProperty("collagen_added_points_week_12", std::to_string(collagen.effect()));
  const auto& t = test_util::target("melasma-vitc");
  EXPECT_GE(masi.with, t.low());
  EXPECT_LE(masi.with, t.high());
  // It adds collagen, and changes the pigment by no more than what the added matrix does to the
  // optics (measured: +0.95 points of collagen, 0.0008 points of MASI).
  EXPECT_GT(collagen.effect(), 0.3);
  EXPECT_LT(std::abs(masi.effect()), 0.01);
}

TEST(CourseValidation, TranexamicAcidAddsToTheNeedlesAndTheNeedlesToIt) {
  // The orderings the trials report, each on its trial's schedule: microneedling + tranexamic
  // acid lightens more than microneedling alone (Saleh 2019: six sessions two weeks apart; its
  // concentration is not in the abstract, so Budamakuntla's 4 mg/mL) and more than the same
  // serum without needling (Xu 2017: 0.5 % weekly for twelve weeks, a sham device on the other
  // side). Tranexamic acid has no collagen mechanism, so it changes no collagen.
  const auto saleh = course(tranexamic_course({0, 14, 28, 42, 56, 70}, 16, "4 mg/mL"));
  const auto masi = at_week(saleh, "masi_change_pct", 12);
  RecordProperty("saleh_masi_needles_and_txa", std::to_string(masi.with));
  RecordProperty("saleh_masi_needles_alone", std::to_string(masi.without));
  const auto& over_needles = test_util::target("melasma-txa-over-needling");
  const double ratio = masi.with / masi.without;  // improvements: both negative
  EXPECT_GE(ratio, over_needles.low());
  EXPECT_LE(ratio, over_needles.high());
  // (measured: 1e-6 points, the integrator's tolerance on a changed pigment state)
  EXPECT_LT(std::abs(at_week(saleh, "collagen_change_pct", 12).effect()), 1e-4);

  std::vector<int> weekly;
  for (int w = 0; w < 12; ++w) weekly.push_back(7 * w);
  const auto xu_needled = course(tranexamic_course(weekly, 16, "0.5 %"));
  const auto xu_sham = course(tranexamic_course(weekly, 0, "0.5 %"));
  const double needled = at_week(xu_needled, "melanin_index_change_pct", 12).with;
  const auto sham = at_week(xu_sham, "melanin_index_change_pct", 12);
  RecordProperty("xu_melanin_index_needled", std::to_string(needled));
  RecordProperty("xu_melanin_index_sham", std::to_string(sham.with));
  const auto& over_topical = test_util::target("melasma-txa-over-topical");
  EXPECT_GE(needled / sham.with, over_topical.low());
  EXPECT_LE(needled / sham.with, over_topical.high());
  EXPECT_LT(sham.effect(), 0.0);  // the serum alone acts, by what crosses intact skin

  // Budamakuntla 2013's MN + tranexamic acid, three sessions four weeks apart: MASI -44.4 % (a
  // known miss of the pigment model under three sessions, docs/model.md 9.6): the check's range.
  const auto budamakuntla = course(tranexamic_course({0, 28, 56}, 16, "4 mg/mL"));
  const auto three = at_week(budamakuntla, "masi_change_pct", 12);
  RecordProperty("budamakuntla_masi", std::to_string(three.with));
  RecordProperty("budamakuntla_serum_points", std::to_string(three.effect()));
  const auto& course_target = test_util::target("melasma-txa-course");
  EXPECT_GE(three.with, course_target.low());
  EXPECT_LE(three.with, course_target.high());
}

TEST(CourseValidation, PlateletRichPlasmaAfterEverySessionOfAScarCourse) {
  // Asif 2016 (split face, three monthly sessions): microneedling + PRP improved atrophic acne
  // scars by 62.2 % against 45.8 % with microneedling alone. The Garg course (three monthly
  // 1.5 mm sessions, one scar of each type) with PRP after every session: its growth factors add
  // collagen, and the scars' improvement ratio is a known miss (9.6): their TGF-beta also
  // slows the collagenase that releases the scars' tethers.
  const auto s = course(validation_file("garg_scar_course") +
                        "\n[serum]\nactive = \"platelet_rich_plasma\"\nsessions = \"all\"\n"
                        "compare = true\n");
  const auto scar = at_week(s, "scar_depth_change_pct", 12);
  const auto collagen = at_week(s, "collagen_change_pct", 12);
  RecordProperty("scar_depth_change_with_prp_week_12", std::to_string(scar.with));
  RecordProperty("scar_depth_change_without_week_12", std::to_string(scar.without));
  RecordProperty("collagen_added_points_week_12", std::to_string(collagen.effect()));
  const auto& t = test_util::target("scars-prp-added");
  EXPECT_GE(scar.with / scar.without, t.low());
  EXPECT_LE(scar.with / scar.without, t.high());
  EXPECT_GT(collagen.effect(), 5.0);  // measured: +18.2 points at week 12
  // No pigment mechanism: the melanin index moves only by what the added matrix does to the
  // optics (measured: 0.07 points, against the scars' 1.4 and the collagen's 18.2).
  EXPECT_LT(std::abs(at_week(s, "melanin_index_change_pct", 12).effect()), 0.2);
}
