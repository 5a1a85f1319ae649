#pragma once
// The concentration of an active at its targets over a treatment (docs/model.md 9.1): for each
// environment of the healing model (a depth plane of the 3D grid, or the well-mixed window), the
// free (aqueous) concentration in its viable epidermis and in its dermis, from the laterally
// averaged depth profiles the serum transport computed for each application, superposed (the
// transport is linear in the applied concentration, so applications add), and cleared after the
// simulated contact at the papillary clearance rate.
#include <vector>

#include "dermasim/skin/layers.hpp"
#include "dermasim/transport/coefficients.hpp"
#include "dermasim/transport/serum_run.hpp"

namespace dermasim::actives {

/// One application: when (s after the first session) and the transport's response to it (the
/// tissue concentration, kg/m^3, on the planes `bounds` delimits, at each row's time after the
/// application).
struct Application {
  double time = 0;
  const std::vector<double>* bounds = nullptr;
  const std::vector<transport::AbsorptionRow>* rows = nullptr;
  const std::vector<std::vector<double>>* profiles = nullptr;
};

/// The depth interval [top, bottom) of each environment, m below the skin surface.
struct EnvironmentSpan {
  double top = 0, bottom = 0;
};

class Exposure {
 public:
  Exposure() = default;
  /// Builds the time courses; `c` gives the partition of the viable tissue (free concentration =
  /// tissue concentration / partition) and the clearance after the contact.
  Exposure(const std::vector<Application>& applications, const std::vector<EnvironmentSpan>& spans,
           const skin::LayerStack& skin, const transport::Coefficients& c);

  /// Free concentration (kg/m^3) in the environment's viable epidermis and dermis at time t
  /// (s after the first session); 0 where the environment has none of that layer.
  double epidermis(int environment, double t) const;
  double dermis(int environment, double t) const;
  /// Both at once (one search of the time nodes: what the rate laws call per voxel).
  struct Both {
    double epidermis = 0, dermis = 0;
  };
  Both at(int environment, double t) const;
  /// The largest of either over the whole treatment, kg/m^3.
  double peak() const { return peak_; }
  const std::vector<double>& times() const { return t_; }

 private:
  /// Where t falls among the nodes: between i - 1 and i at fraction f, if inside them.
  struct Interval {
    std::size_t i = 0;
    double f = 0;
    bool inside = false;
  };
  Interval locate(double t) const;
  static double value(const std::vector<double>& series, const Interval& at);

  std::vector<double> t_;  // s, increasing
  // Per environment: a value per time.
  std::vector<std::vector<double>> epidermis_, dermis_;
  double peak_ = 0;
};

}  // namespace dermasim::actives
