#pragma once
// Penetration mechanics: how deep each needle really goes, which layer it reaches, and whether it
// draws pinpoint bleeding. Skin yields before it is pierced, so a needle pressed by hand on an
// array (roller, stamp) reaches only a fraction of its length, while a motor-driven pen needle,
// fast and alone at its stop, goes close to its set depth. See docs/model.md.
#include <vector>

#include "dermasim/device/device_spec.hpp"
#include "dermasim/device/puncture.hpp"
#include "dermasim/parameters/parameter_set.hpp"
#include "dermasim/random/keyed_random.hpp"
#include "dermasim/skin/layers.hpp"

namespace dermasim::injury {

/// Parameters of this model, with units, ranges and sources (part of the model's parameter table).
std::vector<parameters::ParameterInfo> penetration_parameters();

struct PenetrationModel {
  double array_penetration_ratio;  // 1, depth reached / needle length, hand-pressed arrays
  double pen_penetration_ratio;    // 1, depth reached / pen depth setting
  double depth_cv;                 // 1, needle-to-needle coefficient of variation of depth
  double capillary_loop_depth;     // m below the dermo-epidermal junction where bleeding starts

  static PenetrationModel from(const parameters::ParameterSet& p);

  /// Mean depth (m) a needle of this nominal length reaches with this kind of device.
  double mean_depth(device::DeviceKind kind, double nominal_length) const;
};

/// Fills depth, layer and bleeding of every puncture, and refines a roller needle's entry angle
/// to the drum angle at which it pierces (after the skin has yielded).
void penetrate(device::PunctureList& punctures, device::DeviceKind kind,
               const PenetrationModel& model, const skin::LayerStack& skin,
               const random::KeyedRandom& rng);

}  // namespace dermasim::injury
