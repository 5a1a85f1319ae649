#include "dermasim/biology/healing_parameters.hpp"

namespace dermasim::biology {

// The inflammatory phase: damage, platelets, leukocytes, cytokines, PDGF and KGF. Values, ranges
// and sources; docs/parameters.md lists them. Where a value is an assumption, the source says so
// and what it was calibrated against.
std::vector<parameters::ParameterInfo> inflammation_parameter_infos() {
  const std::string kAssume = "assumption: ";
  return {
      // --- Damage signals and debris -----------------------------------------------------------
      {"damps_clearance_rate", "1/h", 0.7, 0.12, 2.4,
       "clearance of damage signals (HMGB1, ATP, IL-1alpha) from the injured tissue",
       kAssume + "between the plasma half-life of HMGB1 (~17 min) and local persistence of hours "
                 "(Lotze MT, Tracey KJ. Nat Rev Immunol 2005;5:331); calibrated so that roller "
                 "erythema lasts 3-6 h (Hong Kong J Dermatol Venereol 2018;26:52)",
       "the upper end the ~17 min plasma half-life of HMGB1 (2.4/h), the lower a local persistence "
       "of about 6 h (assumption for 'hours')"},
      {"debris_damps_release", "1/h", 0.02, 0.0, 0.2,
       "damage signals released per hour by lingering debris, relative to the burst at injury",
       kAssume + "secondary necrosis keeps a low signal while debris remains; 0 disables it",
       "assumption: from none (0 disables it) to ten times the value; nothing measured"},
      {"debris_phagocytosis_rate", "1/day", 2.0, 0.5, 4.0,
       "clearance of debris by phagocytes at saturating density",
       "Cooper RL, Segal RA, Diegelmann RF, Reynolds AM. J Theor Biol 2015;367:86 (debris "
       "clearance by macrophages 3.16, by neutrophils 2.03 per day)",
       "assumption: a quarter and twice the value; Cooper 2015's model rates, 2.03 (neutrophils) "
       "and 3.16/day (macrophages), would leave the default of 2 just outside"},
      {"phagocyte_half_saturation", "1/mm3", 2000, 500, 10000,
       "phagocyte density (neutrophils + macrophages) at which debris clearance is half its "
       "maximum",
       kAssume + "of the order of the inflammatory cell densities the model reaches",
       "assumption: a quarter to five times the value, the inflammatory cell densities the model "
       "reaches"},
      {"debris_resorption_rate", "1/day", 0.37, 0.1, 1.0,
       "clearance of debris without phagocytes (resident cells, drainage)",
       "Cooper RL et al. J Theor Biol 2015;367:86 (intrinsic debris decay 0.37/day)",
       "assumption: about a quarter and 2.7 times Cooper 2015's single model value (no spread "
       "published)"},
      // --- Platelets ---------------------------------------------------------------------------
      {"platelet_degranulation_rate", "1/h", 4.0, 1.0, 10.0,
       "release of alpha-granule growth factors by activated platelets in the clot",
       "Marx RE. J Oral Maxillofac Surg 2004;62:489 (about 70 % released within 10 min, the rest "
       "within an hour)",
       "assumption: release time constants of 6 min to an hour; Marx 2004's 70 % within 10 min is "
       "7.2/h for a single exponential, its rest within the hour at least about 3/h"},
      {"clot_pdgf", "ng/mL", 17.5, 11.3, 23.7,
       "PDGF released by a volume of clotted blood (serum PDGF)",
       "Bowen-Pope DF, Malpass TW, Foster DM, Ross R. Blood 1984;64:458 (serum 17.5 +/- 3.1 "
       "ng/mL)",
       "+/- 2 SD of Bowen-Pope 1984's normal human serum, 17.5 +/- 3.1 (SD) ng/mL"},
      {"clot_tgf_beta", "ng/mL", 5.5, 2.0, 30.0,
       "active TGF-beta released by a volume of clotted blood",
       "Grainger DJ et al. Clin Chim Acta 1995;235:11 (active TGF-beta in serum, mean 230 pM)",
       "inside Grainger 1995's range of active TGF-beta in serum, below 20 to 1400 pM (below 0.5 "
       "to 35 ng/mL at 25 kDa)"},
      // --- Leukocytes --------------------------------------------------------------------------
      {"neutrophil_recruitment_rate", "1/mm3/h", 1500, 300, 5000,
       "neutrophil extravasation at saturating signal, per unit relative vessel density",
       kAssume + "calibrated so that neutrophils peak within the first day (Kim MH et al. J "
                 "Invest Dermatol 2008;128:1812: peak 18 h)",
       "assumption: a fifth to 3.3 times the value calibrated to the 18 h neutrophil peak"},
      {"neutrophil_death_rate", "1/day", 1.02, 1.02, 4.0, "neutrophil apoptosis in the wound",
       "Cooper RL et al. J Theor Biol 2015;367:86 (1.02/day); Kim MH et al. J Invest Dermatol "
       "2008;128:1812 (0.17/h in the wound)",
       "the two cited rates: 1.02/day (Cooper 2015) to 0.17/h, about 4/day, in the wound (Kim "
       "2008)"},
      {"monocyte_recruitment_rate", "1/mm3/h", 600, 20, 2000,
       "monocyte extravasation (entering as M1 macrophages) at saturating cytokine signal",
       kAssume + "calibrated so that macrophages peak on days 2-4 (Krzyszczyk P et al. Front "
                 "Physiol 2018;9:419)",
       "assumption: a thirtieth to 3.3 times the value calibrated to the day 2-4 macrophage peak"},
      {"macrophage_death_rate", "1/day", 0.2, 0.2, 0.5, "macrophage death and emigration",
       "Waugh HV, Sherratt JA. Bull Math Biol 2006;68:197 (0.2/day); Cooper 2015 (0.5/day)",
       "the two cited model rates, 0.2/day (Waugh & Sherratt 2006) and 0.5/day (Cooper 2015)"},
      {"m1_to_m2_rate", "1/day", 0.3, 0.1, 1.0, "basal switch of M1 to M2 macrophages",
       "Waugh HV, Sherratt JA. Bull Math Biol 2006;68:197; Torres M et al. PLoS Comput Biol "
       "2019;15:e1007172 (0.1-1/day)",
       "the span Torres 2019 gives, 0.1-1/day"},
      {"m1_to_m2_efferocytosis_rate", "1/day", 1.5, 0.3, 5.0,
       "extra M1 to M2 switching driven by engulfing apoptotic neutrophils, at saturation",
       kAssume + "efferocytosis turns macrophages to repair (Fadok VA et al. J Clin Invest "
                 "1998;101:890); M2 dominate from days 4-7",
       "assumption: a fifth to 3.3 times the value; no rate published"},
      {"efferocytosis_half_saturation", "1/mm3", 1000, 200, 5000,
       "neutrophil density at which efferocytosis-driven switching is half its maximum",
       kAssume + "of the order of the neutrophil densities the model reaches",
       "assumption: a fifth to five times the value, the neutrophil densities the model reaches"},
      {"resident_macrophages", "1/mm3", 500, 100, 2000,
       "resident (M2-like) dermal macrophages in intact dermis",
       kAssume + "a few percent of dermal cells (resident dermal macrophages, Tamoutounour S et "
                 "al. Immunity 2013;39:925)",
       "assumption: a fifth to four times the value (a few percent of dermal cells is not a "
       "density)"},
      {"signal_half_saturation", "1", 0.05, 0.02, 1.0,
       "damage signal (relative to a fully damaged voxel) that half-saturates leukocyte "
       "recruitment",
       kAssume + "recruitment saturates well below full damage",
       "assumption: from 0.02 up to 1, a fully damaged voxel, the most the definition allows"},
      // --- Cytokines and growth factors --------------------------------------------------------
      {"cytokine_clearance_rate", "1/h", 1.0, 0.4, 2.0,
       "clearance of pro-inflammatory cytokines (IL-1beta, TNF-alpha)",
       kAssume + "slower than the plasma half-lives of 6-20 min (Dinarello CA. Blood "
                 "1996;87:2095) because tissue drains slowly",
       "the upper end the slowest of the plasma half-lives, 20 min (2/h), which tissue clearance "
       "is slower than (Dinarello 1996), the lower a 1.7 h half-life (assumption)"},
      {"cytokine_from_damps", "ng/mL/h", 10.0, 1.0, 50.0,
       "cytokine release by resident cells (keratinocytes, mast cells) per relative damage signal",
       kAssume + "a fully damaged voxel reaches ~10 ng/mL, the IL-1 of acute wound fluid at the "
                 "wound (1-10 ng/mL)",
       "assumption: a tenth to five times the value, which at the default clearance gives the top "
       "of the 1-10 ng/mL of acute wound fluid"},
      {"cytokine_secretion_neutrophil", "pg/h", 2e-5, 2e-6, 2e-4,
       "cytokine secretion per neutrophil activated by damage signals",
       kAssume + "calibrated to wound-fluid cytokine levels (0.1-1 ng/mL)",
       "assumption: a decade either side of the value calibrated to wound-fluid levels, nothing "
       "measured per cell"},
      {"cytokine_secretion_m1", "pg/h", 2e-4, 2e-5, 2e-3,
       "cytokine secretion per M1 macrophage activated by damage signals",
       kAssume + "as cytokine_secretion_neutrophil",
       "assumption: a decade either side of the value, as cytokine_secretion_neutrophil"},
      {"cytokine_half_saturation", "ng/mL", 0.1, 0.05, 2.0,
       "cytokine level at which its effects (recruitment, MMP and KGF induction) are half-maximal",
       kAssume + "of the order of wound-fluid IL-1beta levels",
       "assumption: half to twenty times the value; no half-saturation published"},
      {"il10_half_saturation", "1/mm3", 2000, 500, 10000,
       "M2 macrophage density that halves cytokine production (IL-10, TGF-beta feedback)",
       kAssume + "resolution of inflammation by repair macrophages (Krzyszczyk 2018)",
       "assumption: a quarter to five times the value; no half-saturation published"},
      {"pdgf_decay_rate", "1/h", 0.5, 0.17, 1.4, "effective decay of PDGF in tissue",
       kAssume + "effective tissue half-life 0.5-4 h (plasma 2 min: Bowen-Pope DF et al. Blood "
                 "1984;64:458)",
       "assumption: effective tissue half-lives of 4 h (0.17/h) to 0.5 h (1.4/h); the 2 min plasma "
       "half-life (Bowen-Pope 1984) is systemic clearance"},
      {"pdgf_secretion_macrophage", "pg/h", 2.1e-4, 5e-5, 1e-3, "PDGF secretion per macrophage",
       "Adler M et al. iScience 2020;23:100841 (70 molecules/min of a 30 kDa dimer)",
       "assumption: a quarter to five times Adler 2020's 70 molecules/min (no spread published)"},
      {"pdgf_half_saturation", "ng/mL", 0.5, 0.3, 5.0,
       "PDGF level at which fibroblast mitogenesis is half-maximal",
       "Heldin CH, Westermark B. Physiol Rev 1999;79:1283 (half-maximal mitogenesis at ~1 ng/mL)",
       "assumption: 0.3-5 ng/mL around Heldin & Westermark's ~1 ng/mL (no spread given)"},
      {"kgf_decay_rate", "1/h", 0.5, 0.17, 1.4, "decay of keratinocyte growth factor (FGF-7)",
       kAssume + "as PDGF",
       "as pdgf_decay_rate, whose value it takes: tissue half-lives of 4 h to 0.5 h (assumption)"},
      {"kgf_secretion_fibroblast", "pg/h", 2e-6, 2e-7, 2e-5, "KGF secretion per resting fibroblast",
       kAssume + "gives a resting KGF well below its half-saturation",
       "assumption: a decade either side of the value, nothing measured per cell"},
      {"kgf_cytokine_induction", "1", 10, 3, 20,
       "fold increase of fibroblast KGF at saturating IL-1",
       "Chedid M et al. J Biol Chem 1994;269:10753 (IL-1 induces KGF in dermal fibroblasts)",
       "assumption: 3- to 20-fold; Chedid 1994's abstract reports a strong induction without a "
       "fold"},
      {"kgf_activation_induction", "1", 3.0, 1.5, 10.0,
       "fold increase of fibroblast KGF when the fibroblast is activated (by PDGF, TGF-beta or "
       "new matrix)",
       kAssume + "PDGF-BB raises KGF mRNA in fibroblasts moderately, IL-1 strongly (Chedid M et "
                 "al. J Biol Chem 1994;269:10753); KGF mRNA rises 160-fold in the dermis after "
                 "wounding (Werner S et al. PNAS 1992;89:6896)",
       "assumption: from a moderate in vitro rise (1.5; PDGF-BB, Chedid 1994) to the sustained "
       "induction in wounds (10, well below the 160-fold mRNA of Werner 1992)"},
      {"kgf_half_saturation", "ng/mL", 0.5, 0.1, 5.0,
       "KGF level at which keratinocyte proliferation is half-maximal",
       kAssume + "of the order of the mitogenic KGF doses (Rubin JS et al. PNAS 1989;86:802)",
       "assumption: a fifth to ten times the value (no half-maximal dose read from Rubin 1989)"},
  };
}

}  // namespace dermasim::biology
