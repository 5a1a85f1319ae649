#pragma once
// The files of a run folder. Names and columns are a contract with users' scripts (README).
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "dermasim/io/image.hpp"
#include "dermasim/outcomes/outcomes.hpp"
#include "dermasim/scenario/scenario.hpp"
#include "dermasim/simulation/healing_run.hpp"
#include "dermasim/simulation/injury_stage.hpp"
#include "dermasim/transport/serum_run.hpp"

namespace dermasim::io {

class FieldExport;

/// punctures.csv: x_um,y_um,depth_um,angle_deg,azimuth_deg,session,pass,time_s,layer,bleeding
std::string punctures_csv(const device::PunctureList& punctures);

/// summary.json (see README for the keys); `extra` (an object, may be null) adds the later
/// stages' keys.
std::string summary_json(const scenario::Scenario& sc, const simulation::InjuryStage& stage,
                         double elapsed_s, const nlohmann::ordered_json& extra = {});

/// Top view of the patch with each puncture as a disc coloured by depth.
Image puncture_map(const scenario::Scenario& sc, const simulation::InjuryStage& stage);
/// Depth cross-section (x-z) of the damaged fraction through the most injured row of voxels.
Image injury_cross_section(const simulation::InjuryStage& stage);

/// Writes every output of the run into `dir` (created if needed), each file atomically; the
/// healing outputs when `healing` is given (with its domain), and the outcomes' when given.
/// `fields` (the run's --fields, opened in `dir`) is finished into fields.h5 and fields.xdmf;
/// without it, those of an earlier run are removed.
void write_run_outputs(const std::filesystem::path& dir, const scenario::Scenario& sc,
                       const simulation::InjuryStage& stage,
                       const simulation::HealingResult* healing,
                       const simulation::HealingDomain* domain, double elapsed_s,
                       const outcomes::OutcomeSeries* outcomes = nullptr,
                       const transport::AbsorptionResult* absorption = nullptr,
                       FieldExport* fields = nullptr);
/// The injury stage's outputs only.
inline void write_injury_outputs(const std::filesystem::path& dir, const scenario::Scenario& sc,
                                 const simulation::InjuryStage& stage, double elapsed_s) {
  write_run_outputs(dir, sc, stage, nullptr, nullptr, elapsed_s);
}

/// A short stable hash (FNV-1a 64, hex) of the resolved scenario, for reproducibility records.
std::string scenario_hash(const std::string& resolved_toml);

}  // namespace dermasim::io
