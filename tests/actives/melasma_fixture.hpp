#pragma once
// Shared by the serum action tests: a melasma cheek under a stamp, two sessions two weeks apart.
#include <string>

#include "../scenario/scenario_test_util.hpp"

namespace dermasim::test_util {

/// A melasma cheek (Fitzpatrick IV, 38 years) under a 0.5 mm 33 G stamp, sessions on days 0 and
/// 14, four weeks on a 2 mm patch, with `serums` (the TOML of its [serum], [[serums]] or
/// [home_serum] tables, or nothing) appended.
inline scenario::Scenario melasma_cheek(const std::string& serums) {
  return load_text(
      "[skin]\nsite = \"cheek\"\nage = \"38 years\"\nfitzpatrick = 4\n"
      "[device]\ntype = \"stamp\"\n[device.needle]\nlength = \"0.5 mm\"\ngauge = 33\n"
      "[device.stamp]\npitch = \"0.5 mm\"\n"
      "[[sessions]]\nday = 0\npasses = 1\n[[sessions]]\nday = 14\npasses = 1\n"
      "[simulation]\npatch_x = \"2 mm\"\npatch_y = \"2 mm\"\nresolution = \"40 um\"\n"
      "duration = \"4 weeks\"\nseed = 5\n"
      "[conditions.pigmentation]\nkind = \"melasma\"\narea = 0.4\nepidermal_melanin = 1.8\n"
      "dermal_melanin = 0.3\npatch_size = \"1 mm\"\n" +
      serums);
}

/// The body of a serum table as the serum action tests apply it: 5 mg/cm2 right after the
/// needles, a day's contact, on a coarse column; `extra` lines added.
inline std::string serum_body(const std::string& active, const std::string& extra = "") {
  return "active = \"" + active +
         "\"\ndose = \"5 mg/cm2\"\napplied = \"0 h\"\nduration = \"24 h\"\n" + extra +
         "lateral_resolution = \"40 um\"\ndepth_resolution = \"20 um\"\n";
}

}  // namespace dermasim::test_util
