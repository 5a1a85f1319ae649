#pragma once
// What the healing model reports at each output time: means over regions of the tissue, turned
// into the quantities clinicians and histologists measure. Column names are a contract
// (README, "timeseries.csv").
#include <string>
#include <utility>
#include <vector>

#include "dermasim/biology/healing_kinetics.hpp"

namespace dermasim::simulation {

/// Means of the state over the regions the observables are defined on.
struct RegionMeans {
  biology::State window{};            // volume mean from the surface to the window bottom
  biology::State epidermis{};         // weighted by the epidermal (SC + viable) share
  biology::State viable_epidermis{};  // weighted by the viable-epidermis share
  biology::State vessels{};           // weighted by microvascular density
  biology::State papillary{};         // weighted by the papillary-dermis share (the band a
                                      //   biopsy's papillary measurements read)
};

/// Accumulates RegionMeans over voxels (3D) or takes one compartment (well-mixed).
class RegionAccumulator {
 public:
  void add(const biology::State& u, const biology::TissueEnvironment& env, double window_share,
           double weight = 1.0);
  RegionMeans means() const;
  static RegionMeans single(const biology::State& u);

 private:
  RegionMeans sum_{};
  double w_window_ = 0, w_epi_ = 0, w_viable_ = 0, w_vessels_ = 0, w_papillary_ = 0;
};

/// Column names of timeseries.csv after time_h, each with its unit.
const std::vector<std::string>& observable_columns();

/// The observables of the current state against the resting state of the same regions.
/// `open_reference` is the open epidermal fraction just after the latest session (0 before any).
std::vector<double> observe(const RegionMeans& now, const RegionMeans& rest,
                            const biology::HealingParameters& p, double open_reference);

/// The columns a run with several serums ([[serums]]) adds after the others of timeseries.csv,
/// for the drug action's sources 2 and up (biology::DrugAction::source_count): the free
/// concentration of serum k's active (k = 2, 3, ...: its place in [[serums]]) in the window's
/// viable epidermis and dermis, serum_<k>_active_epidermis_ug_ml and
/// serum_<k>_active_dermis_ug_ml. The first serum's are active_epidermis_ug_ml and
/// active_dermis_ug_ml.
std::vector<std::string> added_serum_columns(int source_count);

/// The timeseries.csv columns of one source's free concentration (epidermis, dermis): 0
/// active_*, 1 (the home regimen) home_active_*, k >= 2 serum_<k>_active_*.
std::pair<std::string, std::string> active_concentration_columns(int source);

/// Index of a column in observable_columns(); throws std::out_of_range for an unknown name.
std::size_t observable_index(const std::string& name);

}  // namespace dermasim::simulation
