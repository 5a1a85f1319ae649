// The units of the model, spelt out for SBML. The healing model works in the units histology and
// immunoassays report (docs/model.md 6.2), with time in seconds; here each is written as SBML
// base units with a scale: with the compartment in mm^3, cells/mm^3 is item/mm^3, ng/mL is
// pg/mm^3 and mg/cm^3 is ug/mm^3.
#include <initializer_list>

#include "dermasim/sbml/model_builder.hpp"

namespace dermasim::sbml {

namespace {

struct Factor {
  UnitKind_t kind;
  double exponent;
  int scale;  // power of ten on the base unit, as SBML writes it: (10^scale kind)^exponent
};

void define(Model& model, const char* id, std::initializer_list<Factor> factors) {
  UnitDefinition* d = model.createUnitDefinition();
  d->setId(id);
  for (const Factor& f : factors) {
    Unit* u = d->createUnit();
    u->setKind(f.kind);
    u->setExponent(f.exponent);
    u->setScale(f.scale);
    u->setMultiplier(1.0);
  }
}

}  // namespace

void add_units(ModelBuilder& b) {
  Model& m = b.model();
  constexpr UnitKind_t metre = UNIT_KIND_METRE, second = UNIT_KIND_SECOND;
  constexpr UnitKind_t item = UNIT_KIND_ITEM, gram = UNIT_KIND_GRAM;
  const Factor per_mm3{metre, -3, -3};
  const Factor per_s{second, -1, 0};
  define(m, unit::per_second, {per_s});
  define(m, unit::mm3, {{metre, 3, -3}});
  define(m, unit::picogram, {{gram, 1, -12}});
  define(m, unit::microgram, {{gram, 1, -6}});
  define(m, unit::cells_per_mm3, {{item, 1, 0}, per_mm3});
  define(m, unit::ng_per_ml, {{gram, 1, -12}, per_mm3});
  define(m, unit::mg_per_cm3, {{gram, 1, -6}, per_mm3});
  define(m, unit::cells_per_mm3_per_second, {{item, 1, 0}, per_mm3, per_s});
  define(m, unit::ng_per_ml_per_second, {{gram, 1, -12}, per_mm3, per_s});
  define(m, unit::mg_per_cm3_per_second, {{gram, 1, -6}, per_mm3, per_s});
  define(m, unit::pg_per_cell_per_second, {{gram, 1, -12}, {item, -1, 0}, per_s});
  define(m, unit::ug_per_cell_per_second, {{gram, 1, -6}, {item, -1, 0}, per_s});
  m.setTimeUnits(unit::second);
  m.setVolumeUnits(unit::mm3);
}

}  // namespace dermasim::sbml
