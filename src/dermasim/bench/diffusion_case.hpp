#pragma once
// The diffusion benchmark cases of `dermasim bench`: a layered skin (barrier, epidermis, dermis)
// with several mobile species, stepped with the fast solver.
#include <string>

#include "dermasim/numerics/lod_diffusion.hpp"

namespace dermasim::bench {

struct DiffusionCase {
  std::string name;
  int species = 4;
  int nx = 100, ny = 100, nz = 100;
  numerics::DiffusionScheme scheme = numerics::DiffusionScheme::backward_euler;
  bool float_storage = false;  // values stored as float (solved in double)
};

struct DiffusionResult {
  double seconds_per_step = 0;    // median over the timed steps
  double updates_per_second = 0;  // voxel-species updates per second
  double effective_gbs = 0;       // bytes the bandwidth model counts / seconds
  double bytes_per_value = 0;     // that bandwidth model, per value per step
  double field_mib = 0;           // the fields themselves
  double peak_rss_mib = 0;        // the whole process
  int timed_steps = 0;            // how many steps the median is over
};

/// Runs timed steps (after one untimed) with `threads` threads: at least `min_steps` of them and
/// at least `min_seconds` in all (at most 10000 steps), so that the median of a fast case is
/// taken over enough steps to stand the noise of a shared machine.
DiffusionResult run_diffusion_case(const DiffusionCase& c, int threads, int min_steps,
                                   double min_seconds = 0.0);

}  // namespace dermasim::bench
