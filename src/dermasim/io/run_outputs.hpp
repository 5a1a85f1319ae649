#pragma once
// The files of a run folder. Names and columns are a contract with users' scripts (README).
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "dermasim/io/image.hpp"
#include "dermasim/outcomes/outcomes.hpp"
#include "dermasim/run/run_result.hpp"
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
/// The same as a JSON object.
nlohmann::ordered_json summary_object(const scenario::Scenario& sc,
                                      const simulation::InjuryStage& stage, double elapsed_s,
                                      const nlohmann::ordered_json& extra = {});

/// Top view of the patch with each puncture as a disc coloured by depth.
Image puncture_map(const scenario::Scenario& sc, const simulation::InjuryStage& stage);
/// Depth cross-section (x-z) of the damaged fraction through the most injured row of voxels.
Image injury_cross_section(const simulation::InjuryStage& stage);

/// summary.json's object: summary_json's keys with those of the healing model, the outcomes
/// and the serum (README, "Outputs"), "status": "complete" last.
nlohmann::ordered_json run_summary(const RunResult& run);

/// Writes every output of the run into `dir` (created if needed), each file atomically, and
/// summary.json last. `fields` (the run's --fields streamed by simulate(), opened in `dir`) is
/// finished into fields.h5 and fields.xdmf; without it, the fields the result holds in memory
/// (RunResult::fields) are written, and without either, those of an earlier run are removed.
void write_run_outputs(const std::filesystem::path& dir, const RunResult& run,
                       FieldExport* fields = nullptr);

/// A short stable hash (FNV-1a 64, hex) of the resolved scenario, for reproducibility records.
std::string scenario_hash(const std::string& resolved_toml);

}  // namespace dermasim::io
