// The conditions' geometry: scar and line profiles, placement, lesion masks, MASI area bins.
#include <gtest/gtest.h>

#include <cmath>

#include "dermasim/outcomes/pigment.hpp"
#include "dermasim/skin/conditions.hpp"

using namespace dermasim;
using skin::Scar;
using skin::ScarType;

TEST(Conditions, ScarProfilesHaveTheShapesOfTheirTypes) {
  Scar s;
  s.width = 2e-3;
  s.type = ScarType::boxcar;  // flat floor, steep wall
  EXPECT_DOUBLE_EQ(s.profile(0.0), 1.0);
  EXPECT_DOUBLE_EQ(s.profile(0.7e-3), 1.0);
  EXPECT_NEAR(s.profile(0.9e-3), 0.5, 1e-12);
  EXPECT_DOUBLE_EQ(s.profile(1.0e-3), 0.0);
  s.type = ScarType::icepick;  // a funnel
  EXPECT_NEAR(s.profile(0.5e-3), 0.5, 1e-12);
  s.type = ScarType::rolling;  // smooth, no rim
  EXPECT_NEAR(s.profile(0.5e-3), 0.5, 1e-12);
  EXPECT_NEAR(s.profile(0.999e-3), 0.0, 1e-5);
}

TEST(Conditions, LinesHaveTheirWidthAtHalfDepthAndWrapAroundThePatch) {
  skin::Line l;
  l.width = 200e-6;
  EXPECT_NEAR(l.profile(100e-6), 0.5, 1e-12);
  l.orientation = std::acos(-1.0) / 2;  // along y
  l.x = 1e-3;
  EXPECT_NEAR(l.distance(1.3e-3, 3e-3, 4e-3, 4e-3), 0.3e-3, 1e-15);
  // A line near one edge reappears at the other: the periodic patch tiles the treated area.
  l.x = 0.02e-3;
  EXPECT_NEAR(l.distance(3.99e-3, 1e-3, 4e-3, 4e-3), 0.03e-3, 1e-15);
}

TEST(Conditions, DrawnScarsAreReproducibleAndKeepClearWhenThereIsRoom) {
  const auto a = skin::draw_scar_centres(6, 1e-3, 10e-3, 10e-3, 42, 0, {});
  const auto b = skin::draw_scar_centres(6, 1e-3, 10e-3, 10e-3, 42, 0, {});
  ASSERT_EQ(a, b);
  for (std::size_t i = 0; i < a.size(); ++i)
    for (std::size_t j = i + 1; j < a.size(); ++j) {
      const double dx = skin::periodic_delta(a[i].first, a[j].first, 10e-3);
      const double dy = skin::periodic_delta(a[i].second, a[j].second, 10e-3);
      EXPECT_GE(std::hypot(dx, dy), 1e-3);
    }
  EXPECT_NE(skin::draw_scar_centres(6, 1e-3, 10e-3, 10e-3, 43, 0, {}), a);
}

TEST(Conditions, LesionMaskCoversTheAreaAskedFor) {
  skin::Pigmentation p;
  p.kind = skin::PigmentKind::melasma;
  p.area = 0.37;
  p.patch_size = 1e-3;
  const auto mask = skin::lesion_mask(p, 60, 50, 6e-3, 5e-3, 9);
  int lesional = 0;
  for (char c : mask) lesional += c;
  EXPECT_NEAR(lesional / 3000.0, 0.37, 1.0 / 3000);
  EXPECT_EQ(mask, skin::lesion_mask(p, 60, 50, 6e-3, 5e-3, 9));
}

TEST(Pigment, MasiAreaScoreFollowsTheKimbroughGreenBins) {
  EXPECT_DOUBLE_EQ(outcomes::masi_area_score(0.0), 0.0);
  EXPECT_DOUBLE_EQ(outcomes::masi_area_score(0.05), 1.0);
  EXPECT_DOUBLE_EQ(outcomes::masi_area_score(0.395), 3.0);
  EXPECT_DOUBLE_EQ(outcomes::masi_area_score(1.0), 6.0);
  double last = -1;
  for (double s = 0; s <= 1.0; s += 0.01) {
    EXPECT_GE(outcomes::masi_area_score(s), last);
    last = outcomes::masi_area_score(s);
  }
}
