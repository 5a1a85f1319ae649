#include <omp.h>
#include <algorithm>
#include <atomic>
#include <cmath>

#include "dermasim/injury/channel.hpp"
#include "dermasim/injury/injury_field.hpp"

namespace dermasim::injury {

namespace {

// Fraction of the voxel [x0,x0+dx]x[y0,y0+dy]x[z0,z0+dz] inside the channel. The channel is convex
// (a cone-capped cylinder cut by a plane), so a voxel with all eight corners inside is wholly
// inside; one far from the axis is wholly outside; the rest are sampled at n^3 midpoints.
double voxel_fraction(const Channel& c, double x0, double y0, double z0, double dx, double dy,
                      double dz, int n) {
  const double cx = x0 + 0.5 * dx, cy = y0 + 0.5 * dy, cz = z0 + 0.5 * dz;
  const double half_diag = 0.5 * std::sqrt(dx * dx + dy * dy + dz * dz);
  {
    const double wx = cx - c.tip_x, wy = cy - c.tip_y, wz = cz - c.tip_z;
    const double along = wx * c.ax + wy * c.ay + wz * c.az;
    const double rho = std::sqrt(std::max(0.0, wx * wx + wy * wy + wz * wz - along * along));
    if (along < -half_diag || rho > c.radius + half_diag) return 0.0;
    // Wholly inside when the ball around the voxel is: within the shaft radius, and at least
    // half_diag from the cone's lateral surface (distance (a tan - rho) cos of the half angle).
    const double cos_half = 1.0 / std::sqrt(1.0 + c.tan_half_angle * c.tan_half_angle);
    if (z0 >= 0 && rho + half_diag <= c.radius &&
        (along * c.tan_half_angle - rho) * cos_half >= half_diag)
      return 1.0;
  }
  int corners = 0;
  for (int q = 0; q < 8; ++q)
    corners += c.contains(x0 + (q & 1) * dx, y0 + ((q >> 1) & 1) * dy, z0 + ((q >> 2) & 1) * dz);
  if (corners == 8) return 1.0;
  int hits = 0;
  for (int a = 0; a < n; ++a) {
    const double z = z0 + (a + 0.5) * dz / n;
    for (int b = 0; b < n; ++b) {
      const double y = y0 + (b + 0.5) * dy / n;
      for (int e = 0; e < n; ++e) hits += c.contains(x0 + (e + 0.5) * dx / n, y, z);
    }
  }
  return double(hits) / (n * n * n);
}

}  // namespace

InjuryField rasterize(const device::PunctureList& punctures, const grid::Grid3D& g,
                      const RasterOptions& options) {
  InjuryField field;
  field.grid = g;
  field.damaged_fraction.assign(g.size(), 0.0);
  const size_t m = punctures.size();
  std::vector<Channel> channels(m);
  std::vector<Channel::Box> boxes(m);
  for (size_t c = 0; c < m; ++c) {
    channels[c] = Channel::from(punctures[c]);
    boxes[c] = channels[c].bounds();
  }
  // Volume of channel c per block of kBlock planes, summed over blocks in order afterwards: the
  // same sums at any thread count, at 1/kBlock of the memory of one value per plane.
  constexpr int kBlock = 16;
  const int blocks = (g.nz + kBlock - 1) / kBlock;
  std::vector<double> block_volume(m * size_t(blocks), 0.0);
  const double vv = g.voxel_volume();
  const int n = options.subsamples;

  std::atomic<int> planes_done{0};
  const int caller = omp_get_thread_num();
#pragma omp parallel for schedule(dynamic)
  for (int block = 0; block < blocks; ++block) {
    for (int k = block * kBlock; k < std::min(g.nz, (block + 1) * kBlock); ++k) {
      const double z0 = k * g.dz;
      for (size_t c = 0; c < m; ++c) {
        if (punctures[c].depth <= 0) continue;
        const Channel::Box& b = boxes[c];
        if (b.z1 <= z0 || b.z0 >= z0 + g.dz) continue;
        const Channel::Box s = channels[c].slice_bounds(z0, z0 + g.dz);
        const int i0 = static_cast<int>(std::floor(s.x0 / g.dx)),
                  i1 = static_cast<int>(std::floor(s.x1 / g.dx));
        const int j0 = static_cast<int>(std::floor(s.y0 / g.dy)),
                  j1 = static_cast<int>(std::floor(s.y1 / g.dy));
        double volume = 0.0;
        for (int j = j0; j <= j1; ++j) {
          const int jw = grid::wrap_index(j, g.ny);
          for (int i = i0; i <= i1; ++i) {
            const double f =
                voxel_fraction(channels[c], i * g.dx, j * g.dy, z0, g.dx, g.dy, g.dz, n);
            if (f == 0.0) continue;
            field.damaged_fraction[g.index(grid::wrap_index(i, g.nx), jw, k)] += f;
            volume += f * vv;
          }
        }
        block_volume[c * size_t(blocks) + size_t(block)] += volume;
      }
      const int done = ++planes_done;
      if (options.progress && omp_get_thread_num() == caller) options.progress(double(done) / g.nz);
    }
  }
  // Overlapping channels: the tissue can only be destroyed once.
  for (double& f : field.damaged_fraction) f = std::min(f, 1.0);
  field.channel_volume.assign(m, 0.0);
  for (size_t c = 0; c < m; ++c)
    for (int block = 0; block < blocks; ++block)
      field.channel_volume[c] += block_volume[c * size_t(blocks) + size_t(block)];
  return field;
}

std::vector<double> injured_fraction_by_layer(const InjuryField& field,
                                              const skin::LayerStack& skin) {
  const grid::Grid3D& g = field.grid;
  std::vector<double> damaged(skin::kLayerCount, 0.0), volume(skin::kLayerCount, 0.0);
  const size_t plane = size_t(g.nx) * g.ny;
  for (int k = 0; k < g.nz; ++k) {
    double plane_damage = 0.0;
    for (size_t q = 0; q < plane; ++q)
      plane_damage += field.damaged_fraction[size_t(k) * plane + q];
    const double z0 = k * g.dz, z1 = z0 + g.dz;
    for (skin::Layer layer : skin::kAllLayers) {
      const int l = static_cast<int>(layer);
      const double overlap =
          std::max(0.0, std::min(z1, skin.bottom(layer)) - std::max(z0, skin.top(layer)));
      if (overlap <= 0) continue;
      const double share = overlap / g.dz;
      damaged[l] += share * plane_damage;
      volume[l] += share * double(plane);
    }
  }
  std::vector<double> out(skin::kLayerCount, 0.0);
  for (int l = 0; l < skin::kLayerCount; ++l) out[l] = volume[l] > 0 ? damaged[l] / volume[l] : 0.0;
  return out;
}

}  // namespace dermasim::injury
