#include "dermasim/transport/layered_column.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace dermasim::transport {

std::vector<double> LayeredColumn::tissue_bounds() const {
  std::vector<double> bounds;
  for (int k = 0; k < int(planes.size()); ++k) {
    if (!tissue(k)) continue;
    const Plane& p = planes[std::size_t(k)];
    if (bounds.empty()) bounds.push_back(p.z0);
    bounds.push_back(p.z1);
  }
  return bounds;
}

std::vector<double> tissue_plane_bounds(double depth, double dz, double first) {
  constexpr double kGrowth = 1.25;
  const int n = std::max(4, int(std::ceil(depth / dz - 1e-9)));
  const double bottom = n * dz;
  std::vector<double> z{0.0};
  double h = std::min(first, dz);
  while (bottom - z.back() > 1.5 * dz || (z.size() < 5 && bottom - z.back() > 1e-12 * dz)) {
    z.push_back(std::min(z.back() + h, bottom));
    h = std::min(dz, h * kGrowth);
  }
  if (bottom - z.back() > 1e-12 * dz) z.push_back(bottom);
  z.back() = bottom;
  return z;
}

namespace {

/// Series (vertical) mixing of the layers in a plane: K by volume, D K harmonically.
void mix(Plane& p, const Coefficients& c) {
  const LayerTransport layers[] = {c.stratum_corneum, c.viable_epidermis, c.dermis};
  const double shares[] = {p.sc, p.ve, p.dermis};
  double k = 0, resistance = 0, total = 0;
  for (int l = 0; l < 3; ++l) {
    if (shares[l] <= 0) continue;
    k += shares[l] * layers[l].partition;
    resistance += shares[l] / (layers[l].diffusivity * layers[l].partition);
    total += shares[l];
  }
  p.partition = k / total;
  p.diffusivity = total / resistance / p.partition;
}

}  // namespace

LayeredColumn make_layered_column(const SerumSpec& s, const TransportSkin& skin,
                                  const Coefficients& c) {
  LayeredColumn col;
  const double dz = s.depth_resolution;
  col.dz = dz;
  // The first plane resolves the active's penetration into intact stratum corneum at 1 h (the
  // first reported cumulative amount): a fifth of sqrt(D_sc 1 h), no finer than
  // surface_resolution. Fast actives keep uniform planes (and their cost); a peptide, which
  // enters 0.3 um in an hour, gets the finest.
  const double penetration = std::sqrt(c.stratum_corneum.diffusivity * 3600.0);
  const double first = std::clamp(0.2 * penetration, std::min(s.surface_resolution, dz), dz);
  const auto bounds = tissue_plane_bounds(skin.depth, dz, s.surface_resolution > 0 ? first : dz);
  const int nz_tissue = int(bounds.size()) - 1;
  col.uniform_planes = std::max(4, int(std::ceil(skin.depth / dz - 1e-9)));
  col.film = s.infinite_dose ? kReservoir : s.dose / s.vehicle_density;
  Plane vehicle;
  vehicle.z0 = -dz, vehicle.z1 = 0, vehicle.vehicle = 1;
  // The film's capacity in one plane: K dz = film thickness, D K = the aqueous D.
  vehicle.partition = col.film / dz;
  vehicle.diffusivity = c.vehicle.diffusivity / vehicle.partition;
  col.planes.push_back(vehicle);
  const auto& L = skin.layers;
  auto share = [&](skin::Layer layer, double z0, double z1) {
    const double top = L.top(layer), bottom = L.bottom(layer);
    return std::max(0.0, std::min(z1, bottom) - std::max(z0, top)) / (z1 - z0);
  };
  for (int k = 0; k < nz_tissue; ++k) {
    Plane p;
    p.z0 = bounds[std::size_t(k)], p.z1 = bounds[std::size_t(k + 1)];
    p.stretch = (p.z1 - p.z0) / dz;
    p.sc = share(skin::Layer::stratum_corneum, p.z0, p.z1);
    p.ve = share(skin::Layer::viable_epidermis, p.z0, p.z1);
    p.papillary = share(skin::Layer::papillary_dermis, p.z0, p.z1);
    p.dermis = 1 - p.sc - p.ve;
    mix(p, c);
    col.planes.push_back(p);
  }
  if (s.mode == TransportMode::franz) {
    Plane r;
    r.z0 = bounds.back(), r.z1 = r.z0 + dz, r.receptor = 1;
    r.partition = kReservoir / dz;  // the stirred receptor fluid: a reservoir below the slab
    r.diffusivity = c.channel.diffusivity / r.partition;
    col.receptor_plane = int(col.planes.size());
    col.planes.push_back(r);
  }
  return col;
}

double lumen_radius(const ChannelLattice& ch, double open, double z) {
  const double r_open = ch.radius * std::sqrt(std::clamp(open, 0.0, 1.0));
  if (!(r_open > 0) || z >= ch.depth) return 0.0;
  return r_open * std::min(1.0, ch.taper_length > 0 ? (ch.depth - z) / ch.taper_length : 1.0);
}

std::vector<double> loss_rates(const LayeredColumn& col, const SerumSpec& s,
                               const Coefficients& c) {
  std::vector<double> rates(col.planes.size(), 0.0);
  if (s.mode == TransportMode::in_vivo)
    for (std::size_t k = 0; k < col.planes.size(); ++k)
      rates[k] = c.clearance * col.planes[k].papillary;
  if (s.vehicle_half_life > 0) rates[0] = std::numbers::ln2 / s.vehicle_half_life;
  return rates;
}

AbsorptionRow row_from_planes(const LayeredColumn& col, const SerumSpec& s, double t,
                              double applied, const std::vector<double>& plane_amounts,
                              double cleared, double degraded) {
  AbsorptionRow r;
  r.time = t;
  for (std::size_t k = 0; k < col.planes.size(); ++k) {
    const Plane& p = col.planes[k];
    const double a = plane_amounts[k];
    r.donor += p.vehicle * a;
    r.stratum_corneum += p.sc * a;
    r.viable_epidermis += p.ve * a;
    r.dermis += p.dermis * a;
    r.received += p.receptor * a;
  }
  r.cleared = cleared;
  r.degraded = degraded;
  r.permeated = s.mode == TransportMode::franz ? r.received : r.cleared;
  r.delivered = r.viable_epidermis + r.dermis + r.cleared + r.received;
  const double total = r.donor + r.stratum_corneum + r.viable_epidermis + r.dermis + r.cleared +
                       r.received + r.degraded;
  r.mass_balance_error = applied > 0 ? std::abs(total - applied) / applied : 0.0;
  return r;
}

}  // namespace dermasim::transport
