// The rasterized channel volume against the analytic volume of the needle solid below the skin.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "dermasim/injury/channel.hpp"
#include "dermasim/injury/injury_field.hpp"

using namespace dermasim;

namespace {

device::Puncture channel(double depth, double radius, double angle_deg, double tip_deg,
                         double x = 1.0e-3, double y = 1.0e-3) {
  device::Puncture p;
  p.x = x;
  p.y = y;
  p.depth = depth;
  p.radius = radius;
  p.angle = angle_deg * std::numbers::pi / 180;
  p.azimuth = 0.6;  // not aligned with the grid
  p.tip_half_angle = 0.5 * tip_deg * std::numbers::pi / 180;
  return p;
}

double relative_error(const device::Puncture& p, double resolution) {
  const auto g = grid::make_grid(2e-3, 2e-3, p.depth + 50e-6, resolution);
  const auto field = injury::rasterize({p}, g);
  return field.channel_volume[0] / *injury::analytic_channel_volume(p) - 1.0;
}

}  // namespace

TEST(ChannelVolume, AnalyticFormulaForAVerticalCylinderWithConicalTip) {
  const auto p = channel(1e-3, 0.125e-3, 0, 30);
  const double h = 0.125e-3 / std::tan(15 * std::numbers::pi / 180);
  const double expected = std::numbers::pi * 0.125e-3 * 0.125e-3 * (1e-3 - h + h / 3);
  EXPECT_NEAR(*injury::analytic_channel_volume(p), expected, 1e-20);
}

TEST(ChannelVolume, WithinTwoPercentAtTheDefaultResolution) {
  // Default resolution 10 um; roller (tilted 26 deg), pen (vertical), shallow tip-only channel.
  for (const auto& p : {channel(1.15e-3, 0.125e-3, 26, 30), channel(0.9e-3, 0.105e-3, 0, 30),
                        channel(0.15e-3, 0.105e-3, 0, 30), channel(0.5e-3, 0.035e-3, 15, 20)}) {
    EXPECT_LT(std::abs(relative_error(p, 10e-6)), 0.02)
        << "depth " << p.depth << " radius " << p.radius << " angle " << p.angle;
  }
}

TEST(ChannelVolume, ErrorShrinksAsTheGridIsRefined) {
  const auto p = channel(0.6e-3, 0.06e-3, 20, 30);
  const double coarse = std::abs(relative_error(p, 40e-6));
  const double fine = std::abs(relative_error(p, 10e-6));
  EXPECT_LT(fine, 0.01);
  EXPECT_LE(fine, coarse + 1e-3);
}

TEST(ChannelVolume, ChannelsCrossingThePatchEdgeWrapAroundAndKeepTheirVolume) {
  // Periodic patch: a channel at the corner puts its whole volume into the field, on both sides.
  const auto p = channel(0.8e-3, 0.1e-3, 20, 30, 0.02e-3, 1.99e-3);
  const auto g = grid::make_grid(2e-3, 2e-3, 0.85e-3, 10e-6);
  const auto field = injury::rasterize({p}, g);
  double damaged = 0;
  for (double f : field.damaged_fraction) damaged += f;
  EXPECT_NEAR(damaged * g.voxel_volume() / *injury::analytic_channel_volume(p), 1.0, 0.02);
  // Damage on both sides of the x = 0 edge and of the y = L edge.
  EXPECT_GT(field.damaged_fraction[g.index(0, g.ny - 1, 2)], 0.5);
  EXPECT_GT(field.damaged_fraction[g.index(g.nx - 1, g.ny - 1, 2)], 0.5);
  EXPECT_GT(field.damaged_fraction[g.index(0, 0, 2)], 0.5);
}

TEST(InjuryField, DamagedVolumeEqualsTheSumOfDisjointChannels) {
  const auto g = grid::make_grid(2e-3, 2e-3, 1e-3, 10e-6);
  const device::PunctureList list = {channel(0.8e-3, 0.1e-3, 0, 30, 0.5e-3, 0.5e-3),
                                     channel(0.6e-3, 0.1e-3, 10, 30, 1.5e-3, 1.5e-3)};
  const auto field = injury::rasterize(list, g);
  double damaged = 0;
  for (double f : field.damaged_fraction) {
    ASSERT_GE(f, 0.0);
    ASSERT_LE(f, 1.0);
    damaged += f;
  }
  EXPECT_NEAR(damaged * g.voxel_volume(), field.channel_volume[0] + field.channel_volume[1], 1e-18);
}

TEST(InjuryField, OverlappingChannelsDestroyTissueOnlyOnce) {
  // Fractions add and are capped at 1 per voxel: exact inside, an overestimate of the union in
  // voxels the surfaces cross (the boundary shell), here under 10 % for identical channels.
  const auto g = grid::make_grid(1e-3, 1e-3, 0.6e-3, 10e-6);
  const auto p = channel(0.5e-3, 0.1e-3, 0, 30, 0.5e-3, 0.5e-3);
  const auto field = injury::rasterize({p, p}, g);
  double damaged = 0;
  for (double f : field.damaged_fraction) damaged += f;
  const double ratio = damaged * g.voxel_volume() / field.channel_volume[0];
  EXPECT_GE(ratio, 1.0 - 1e-12);
  EXPECT_LT(ratio, 1.1);
}

TEST(InjuryField, InjuredFractionByLayerOfAUniformSlab) {
  // A field damaged uniformly to 50 % reports 50 % in every layer the grid covers.
  const auto g = grid::make_grid(0.1e-3, 0.1e-3, 0.3e-3, 10e-6);
  injury::InjuryField f;
  f.grid = g;
  f.damaged_fraction.assign(g.size(), 0.5);
  const skin::LayerStack skin({17e-6, 33e-6, 150e-6, 800e-6});
  const auto by_layer = injury::injured_fraction_by_layer(f, skin);
  for (int l = 0; l < 4; ++l) EXPECT_NEAR(by_layer[size_t(l)], 0.5, 1e-12);
  EXPECT_EQ(by_layer[4], 0.0);  // the grid does not reach the hypodermis
}
