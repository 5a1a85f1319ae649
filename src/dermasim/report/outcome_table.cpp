#include "dermasim/report/outcome_table.hpp"

#include <algorithm>
#include <map>
#include <utility>

namespace dermasim::report {

namespace {

using json = nlohmann::ordered_json;

// Readable names of summary.json's per-week keys (README's contract); an unknown key shows as
// itself, so that a measure added later still appears.
const std::map<std::string, std::string>& labels() {
  static const std::map<std::string, std::string> m = {
      {"collagen_change_pct", "Collagen (I + III)"},
      {"collagen_i_change_pct", "Collagen I"},
      {"collagen_iii_change_pct", "Collagen III"},
      {"elastin_change_pct", "Elastin (total)"},
      {"tropoelastin_change_pct", "Tropoelastin"},
      {"epidermal_thickness_change_pct", "Epidermal thickness"},
      {"papillary_collagen_change_pct", "Collagen, papillary dermis"},
      {"elastic_fibres_change_pct", "Elastic fibres"},
      {"papillary_elastic_fibres_change_pct", "Elastic fibres, papillary dermis"},
      {"hyaluronan_change_pct", "Hyaluronan"},
      {"dermal_density_change_pct", "Dermal density (ultrasound)"},
      {"scar_depth_change_pct", "Acne scar depth (mean)"},
      {"wrinkle_depth_change_pct", "Wrinkle depth"},
      {"ra_change_pct", "Roughness Ra"},
      {"rz_change_pct", "Roughness Rz"},
      {"melanin_index_change_pct", "Melanin index (patch)"},
      {"melanin_index_lesion_change_pct", "Melanin index (lesions)"},
      {"masi_change_pct", "MASI-like score"},
      {"elasticity_change_pct", "Elasticity (Cutometer R7)"},
      {"youngs_modulus_change_pct", "Young's modulus"},
  };
  return m;
}

std::string label_of(const std::string& key) {
  const auto it = labels().find(key);
  return it == labels().end() ? key : it->second;
}

bool keyed_by_week(const json& v) {
  if (!v.is_object() || v.empty()) return false;
  return std::all_of(v.items().begin(), v.items().end(), [](const auto& kv) {
    return kv.value().is_number() &&
           std::find(kOutcomeWeeks.begin(), kOutcomeWeeks.end(), kv.key()) != kOutcomeWeeks.end();
  });
}

json number_or_null(const json& v) {
  return v.is_number() ? v : json(nullptr);
}

json difference(const json& a, const json& b) {
  if (!a.is_number() || !b.is_number()) return nullptr;
  return b.get<double>() - a.get<double>();
}

struct Measure {
  std::string id, label;
  // Where a run's per-week object is: the key, and the type under "..._by_type" (or empty).
  std::string key, type;
};

const json* find_weeks(const json& summary, const Measure& m) {
  if (!summary.is_object() || !summary.contains(m.key)) return nullptr;
  const json& v = summary.at(m.key);
  if (m.type.empty()) return keyed_by_week(v) ? &v : nullptr;
  if (!v.is_object() || !v.contains(m.type)) return nullptr;
  const json& w = v.at(m.type);
  return keyed_by_week(w) ? &w : nullptr;
}

}  // namespace

json outcome_table(const std::vector<json>& summaries) {
  std::vector<Measure> measures;
  auto add = [&](Measure m) {
    if (std::none_of(measures.begin(), measures.end(),
                     [&](const Measure& x) { return x.id == m.id; }))
      measures.push_back(std::move(m));
  };
  for (const json& s : summaries) {
    if (!s.is_object()) continue;
    for (const auto& [key, value] : s.items()) {
      if (keyed_by_week(value)) {
        add({key, label_of(key), key, ""});
      } else if (key.ends_with("_by_type") && value.is_object()) {
        for (const auto& [type, weeks] : value.items())
          if (keyed_by_week(weeks)) add({key + "." + type, "Scar depth: " + type, key, type});
      }
    }
  }
  json rows = json::array();
  for (const Measure& m : measures) {
    json values = json::array(), differences = json::array();
    for (const json& s : summaries) {
      const json* weeks = find_weeks(s, m);
      json row = json::array();
      for (const auto& w : kOutcomeWeeks)
        row.push_back(weeks && weeks->contains(w) ? number_or_null(weeks->at(w)) : json(nullptr));
      values.push_back(std::move(row));
    }
    for (std::size_t r = 0; r < values.size(); ++r) {
      json row = json::array();
      for (std::size_t w = 0; w < kOutcomeWeeks.size(); ++w)
        row.push_back(r == 0 ? json(nullptr) : difference(values[0][w], values[r][w]));
      differences.push_back(std::move(row));
    }
    rows.push_back({{"measure", m.id},
                    {"label", m.label},
                    {"unit", "%"},
                    {"values", std::move(values)},
                    {"differences", std::move(differences)}});
  }
  return {{"weeks", kOutcomeWeeks}, {"rows", std::move(rows)}};
}

json key_numbers(const std::vector<json>& summaries) {
  struct Key {
    const char* measure;  // a JSON pointer into summary.json
    const char* label;
    const char* unit;
  };
  static const Key keys[] = {
      {"/punctures", "Punctures", "count"},
      {"/punctures_per_cm2", "Puncture density", "1/cm²"},
      {"/depth_um/mean", "Channel depth (mean)", "µm"},
      {"/penetration_ratio", "Penetration ratio", "depth / needle length"},
      {"/bleeding_fraction", "Punctures that bleed", "fraction"},
      {"/injured_volume_mm3", "Injured volume", "mm³"},
      {"/downtime_h", "Downtime after the first session", "h"},
      {"/enhancement_ratio", "Serum: enhancement ratio (permeated)", "with / without channels"},
      {"/enhancement_ratio_delivered", "Serum: enhancement ratio (delivered)",
       "with / without channels"},
      {"/lag_time_h", "Serum: lag time", "h"},
      {"/steady_flux_ug_cm2_h", "Serum: steady flux", "µg/cm²/h"},
      {"/cumulative_ug_cm2/24", "Serum: permeated at 24 h", "µg/cm²"},
      {"/delivered_ug_cm2/24", "Serum: delivered at 24 h", "µg/cm²"},
  };
  json rows = json::array();
  for (const Key& k : keys) {
    const json::json_pointer ptr(k.measure);
    json values = json::array();
    bool any = false;
    for (const json& s : summaries) {
      const json v = s.is_object() && s.contains(ptr) ? number_or_null(s.at(ptr)) : json(nullptr);
      any = any || v.is_number();
      values.push_back(v);
    }
    if (!any) continue;
    json differences = json::array();
    for (std::size_t r = 0; r < values.size(); ++r)
      differences.push_back(r == 0 ? json(nullptr) : difference(values[0], values[r]));
    rows.push_back({{"measure", std::string(k.measure).substr(1)},
                    {"label", k.label},
                    {"unit", k.unit},
                    {"values", std::move(values)},
                    {"differences", std::move(differences)}});
  }
  return rows;
}

}  // namespace dermasim::report
