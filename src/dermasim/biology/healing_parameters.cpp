#include "dermasim/biology/healing_parameters.hpp"

#include "dermasim/units/quantity.hpp"

namespace dermasim::biology {

// Values, ranges and sources: docs/parameters.md is generated from this table. Where a value is an
// assumption, the source says so and what it was calibrated against.
std::vector<parameters::ParameterInfo> healing_parameter_infos() {
  const std::string kAssume = "assumption: ";
  return {
      // --- Damage signals and debris -----------------------------------------------------------
      {"damps_clearance_rate", "1/h", 0.7, 0.12, 2.8,
       "clearance of damage signals (HMGB1, ATP, IL-1alpha) from the injured tissue",
       kAssume + "between the plasma half-life of HMGB1 (~17 min) and local persistence of hours "
                 "(Lotze MT, Tracey KJ. Nat Rev Immunol 2005;5:331); calibrated so that roller "
                 "erythema lasts 3-6 h (Hong Kong J Dermatol Venereol 2018;26:52)"},
      {"debris_damps_release", "1/h", 0.02, 0.0, 0.2,
       "damage signals released per hour by lingering debris, relative to the burst at injury",
       kAssume + "secondary necrosis keeps a low signal while debris remains; 0 disables it"},
      {"debris_phagocytosis_rate", "1/day", 2.0, 0.5, 4.0,
       "clearance of debris by phagocytes at saturating density",
       "Cooper RL, Segal RA, Diegelmann RF, Reynolds AM. J Theor Biol 2015;367:86 (debris "
       "clearance by macrophages 3.16, by neutrophils 2.03 per day)"},
      {"phagocyte_half_saturation", "1/mm3", 2000, 500, 10000,
       "phagocyte density (neutrophils + macrophages) at which debris clearance is half its "
       "maximum",
       kAssume + "of the order of the inflammatory cell densities the model reaches"},
      {"debris_resorption_rate", "1/day", 0.37, 0.1, 1.0,
       "clearance of debris without phagocytes (resident cells, drainage)",
       "Cooper RL et al. J Theor Biol 2015;367:86 (intrinsic debris decay 0.37/day)"},
      // --- Platelets ---------------------------------------------------------------------------
      {"platelet_degranulation_rate", "1/h", 4.0, 1.0, 10.0,
       "release of alpha-granule growth factors by activated platelets in the clot",
       "Marx RE. J Oral Maxillofac Surg 2004;62:489 (about 70 % released within 10 min, the rest "
       "within an hour)"},
      {"clot_pdgf", "ng/mL", 17.5, 10.0, 50.0,
       "PDGF released by a volume of clotted blood (serum PDGF)",
       "Bowen-Pope DF, Malpass TW, Foster DM, Ross R. Blood 1984;64:458 (serum 17.5 +/- 3.1 "
       "ng/mL)"},
      {"clot_tgf_beta", "ng/mL", 5.5, 2.0, 30.0,
       "active TGF-beta released by a volume of clotted blood",
       "Grainger DJ et al. Clin Chim Acta 1995;235:11 (active TGF-beta in serum, mean 230 pM)"},
      // --- Leukocytes --------------------------------------------------------------------------
      {"neutrophil_recruitment_rate", "1/mm3/h", 1500, 300, 5000,
       "neutrophil extravasation at saturating signal, per unit relative vessel density",
       kAssume + "calibrated so that neutrophils peak within the first day (Kim MH et al. J "
                 "Invest Dermatol 2008;128:1812: peak 18 h)"},
      {"neutrophil_death_rate", "1/day", 1.02, 0.51, 4.0, "neutrophil apoptosis in the wound",
       "Cooper RL et al. J Theor Biol 2015;367:86 (1.02/day); Kim MH et al. J Invest Dermatol "
       "2008;128:1812 (0.17/h in the wound)"},
      {"monocyte_recruitment_rate", "1/mm3/h", 600, 20, 2000,
       "monocyte extravasation (entering as M1 macrophages) at saturating cytokine signal",
       kAssume + "calibrated so that macrophages peak on days 2-4 (Krzyszczyk P et al. Front "
                 "Physiol 2018;9:419)"},
      {"macrophage_death_rate", "1/day", 0.2, 0.1, 0.5, "macrophage death and emigration",
       "Waugh HV, Sherratt JA. Bull Math Biol 2006;68:197 (0.2/day); Cooper 2015 (0.5/day)"},
      {"m1_to_m2_rate", "1/day", 0.3, 0.1, 1.0, "basal switch of M1 to M2 macrophages",
       "Waugh HV, Sherratt JA. Bull Math Biol 2006;68:197; Torres M et al. PLoS Comput Biol "
       "2019;15:e1007172 (0.1-1/day)"},
      {"m1_to_m2_efferocytosis_rate", "1/day", 1.5, 0.3, 5.0,
       "extra M1 to M2 switching driven by engulfing apoptotic neutrophils, at saturation",
       kAssume + "efferocytosis turns macrophages to repair (Fadok VA et al. J Clin Invest "
                 "1998;101:890); M2 dominate from days 4-7"},
      {"efferocytosis_half_saturation", "1/mm3", 1000, 200, 5000,
       "neutrophil density at which efferocytosis-driven switching is half its maximum",
       kAssume + "of the order of the neutrophil densities the model reaches"},
      {"resident_macrophages", "1/mm3", 500, 100, 2000,
       "resident (M2-like) dermal macrophages in intact dermis",
       kAssume + "a few percent of dermal cells (resident dermal macrophages, Tamoutounour S et "
                 "al. Immunity 2013;39:925)"},
      {"signal_half_saturation", "1", 0.05, 0.02, 1.0,
       "damage signal (relative to a fully damaged voxel) that half-saturates leukocyte "
       "recruitment",
       kAssume + "recruitment saturates well below full damage"},
      // --- Cytokines and growth factors --------------------------------------------------------
      {"cytokine_clearance_rate", "1/h", 1.0, 0.4, 4.0,
       "clearance of pro-inflammatory cytokines (IL-1beta, TNF-alpha)",
       kAssume + "slower than the plasma half-lives of 6-20 min (Dinarello CA. Blood "
                 "1996;87:2095) because tissue drains slowly"},
      {"cytokine_from_damps", "ng/mL/h", 10.0, 1.0, 50.0,
       "cytokine release by resident cells (keratinocytes, mast cells) per relative damage signal",
       kAssume + "a fully damaged voxel reaches ~10 ng/mL, the IL-1 of acute wound fluid at the "
                 "wound (1-10 ng/mL)"},
      {"cytokine_secretion_neutrophil", "pg/h", 2e-5, 2e-6, 2e-4,
       "cytokine secretion per neutrophil activated by damage signals",
       kAssume + "calibrated to wound-fluid cytokine levels (0.1-1 ng/mL)"},
      {"cytokine_secretion_m1", "pg/h", 2e-4, 2e-5, 2e-3,
       "cytokine secretion per M1 macrophage activated by damage signals",
       kAssume + "as cytokine_secretion_neutrophil"},
      {"cytokine_half_saturation", "ng/mL", 0.1, 0.05, 2.0,
       "cytokine level at which its effects (recruitment, MMP and KGF induction) are half-maximal",
       kAssume + "of the order of wound-fluid IL-1beta levels"},
      {"il10_half_saturation", "1/mm3", 2000, 500, 10000,
       "M2 macrophage density that halves cytokine production (IL-10, TGF-beta feedback)",
       kAssume + "resolution of inflammation by repair macrophages (Krzyszczyk 2018)"},
      {"tgf_beta_decay_rate", "1/day", 9.1, 4.55, 18.2, "decay of active TGF-beta",
       "Waugh HV, Sherratt JA. Bull Math Biol 2006;68:197"},
      {"tgf_beta_secretion_m2", "pg/h", 2e-4, 2e-5, 2e-3, "TGF-beta secretion per M2 macrophage",
       "order of Adler M et al. iScience 2020;23:100841 (macrophage growth-factor secretion ~70 "
       "molecules/min); calibrated to acute wound-fluid TGF-beta1 of 0.1-5 ng/mL"},
      {"tgf_beta_secretion_fibroblast", "pg/h", 1e-6, 1e-7, 1e-5,
       "TGF-beta secretion per resting fibroblast",
       kAssume + "gives a resting active TGF-beta of ~0.02 ng/mL, below plasma (4 ng/mL total; "
                 "Wakefield LM et al. Clin Cancer Res 1995;1:129)"},
      {"tgf_beta_half_saturation", "ng/mL", 0.5, 0.1, 5.0,
       "TGF-beta level at which fibroblast stimulation is half-maximal",
       "Varga J, Rosenbloom J, Jimenez SA. Biochem J 1987;247:597 (collagen response saturates at "
       "1-10 ng/mL)"},
      {"pdgf_decay_rate", "1/h", 0.5, 0.17, 1.4, "effective decay of PDGF in tissue",
       kAssume + "effective tissue half-life 0.5-4 h (plasma 2 min: Bowen-Pope DF et al. Blood "
                 "1984;64:458)"},
      {"pdgf_secretion_macrophage", "pg/h", 2.1e-4, 5e-5, 1e-3, "PDGF secretion per macrophage",
       "Adler M et al. iScience 2020;23:100841 (70 molecules/min of a 30 kDa dimer)"},
      {"pdgf_half_saturation", "ng/mL", 0.5, 0.3, 5.0,
       "PDGF level at which fibroblast mitogenesis is half-maximal",
       "Heldin CH, Westermark B. Physiol Rev 1999;79:1283 (half-maximal mitogenesis at ~1 ng/mL)"},
      {"kgf_decay_rate", "1/h", 0.5, 0.1, 2.0, "decay of keratinocyte growth factor (FGF-7)",
       kAssume + "as PDGF"},
      {"kgf_secretion_fibroblast", "pg/h", 2e-6, 2e-7, 2e-5, "KGF secretion per resting fibroblast",
       kAssume + "gives a resting KGF well below its half-saturation"},
      {"kgf_cytokine_induction", "1", 10, 3, 20,
       "fold increase of fibroblast KGF at saturating IL-1",
       "Chedid M et al. J Biol Chem 1994;269:10753 (IL-1 induces KGF in dermal fibroblasts)"},
      {"kgf_half_saturation", "ng/mL", 0.5, 0.1, 5.0,
       "KGF level at which keratinocyte proliferation is half-maximal",
       kAssume + "of the order of the mitogenic KGF doses (Rubin JS et al. PNAS 1989;86:802)"},
      // --- Fibroblasts -------------------------------------------------------------------------
      {"fibroblasts_papillary", "1/mm3", 2e4, 5e3, 1e5,
       "resting fibroblast density, papillary dermis",
       "Sorrell JM, Caplan AI. J Cell Sci 2004;117:667 (papillary dermis more cellular); "
       "value: assumption within 5e3-1e5"},
      {"fibroblasts_reticular", "1/mm3", 5e3, 1e3, 2e4,
       "resting fibroblast density, reticular dermis",
       "Sorrell & Caplan 2004 (as above); value: assumption"},
      {"fibroblast_proliferation_rate", "1/day", 0.832, 0.3, 1.0,
       "maximal fibroblast proliferation rate",
       "Olsen L, Sherratt JA, Maini PK. J Theor Biol 1995;177:113"},
      {"fibroblast_tgf_mitogenesis", "1", 0.5, 0.0, 1.0,
       "weight of TGF-beta relative to PDGF as a fibroblast mitogen", kAssume + "PDGF dominates"},
      {"fibroblast_max_density", "1/mm3", 6e4, 2e4, 2e5,
       "fibroblast density of packed granulation tissue",
       kAssume + "carrying capacity of the logistic growth (Olsen 1995 form)"},
      {"fibroblast_return_rate", "1/day", 0.1, 0.02, 0.3,
       "return of excess fibroblasts to the resting density (apoptosis)",
       "Desmouliere A et al. Am J Pathol 1995;146:56 (apoptosis clears granulation tissue over "
       "weeks); Adler 2020 (0.3/day activated)"},
      // --- Matrix ------------------------------------------------------------------------------
      {"collagen_papillary", "mg/cm3", 80, 40, 150,
       "collagen content of the papillary dermis (young adult)",
       "Koppenol DC et al. Biomech Model Mechanobiol 2017;16:1149 (dermal collagen 0.1 g/cm3); "
       "papillary share: assumption (looser than reticular)"},
      {"collagen_reticular", "mg/cm3", 100, 50, 200,
       "collagen content of the reticular dermis (young adult)",
       "Koppenol 2017; Egberts G et al. Biomech Model Mechanobiol 2021;20:2147 (0.1 g/cm3)"},
      {"collagen_iii_share", "1", 0.15, 0.1, 0.25, "share of collagen III in resting adult dermis",
       "Epstein EH, Munderloh NH. J Biol Chem 1975;250:9304; Cheng W et al. 2011 (80-85 % I, "
       "10-15 % III)"},
      {"collagen_iii_share_wound", "1", 0.35, 0.2, 0.45,
       "share of collagen III made by PDGF-activated (granulation) fibroblasts",
       "Bailey AJ et al. Biochem Biophys Res Commun 1975;66:1160 (30-40 % III in granulation "
       "tissue)"},
      {"collagen_mature_decay_rate", "1/year", 0.0462, 0.035, 0.07,
       "degradation of crosslinked collagen at resting MMP activity (half-life 15 years)",
       "Verzijl N et al. J Biol Chem 2000;275:39027 (skin collagen half-life 14.8 years)"},
      {"collagen_immature_decay_rate", "1/day", 0.035, 0.01, 0.3,
       "degradation of newly deposited, uncrosslinked collagen I at resting MMP activity",
       "Laurent GJ. Am J Physiol 1987;252:C1 (a large share of new collagen is degraded); "
       "newly deposited wound collagen half-life 1-3 weeks"},
      {"crosslinked_mmp_resistance", "1", 10, 3, 30,
       "how many times more slowly MMPs cleave crosslinked fibrillar collagen than new collagen",
       "Welgus HG, Jeffrey JJ, Stricklin GP, Eisen AZ. J Biol Chem 1980;255:6806 (fibrillar "
       "collagen cleaved ~10 times more slowly)"},
      {"collagen_crosslinking_rate", "1/day", 0.02, 0.005, 0.05,
       "maturation of new collagen I by lysyl-oxidase crosslinks",
       "Levenson SM et al. Ann Surg 1965;161:293 (tensile strength 20 % at 3 weeks, 50 % at 6, "
       "plateau after months)"},
      {"collagen_activation_fold", "1", 15.0, 3.0, 20.0,
       "collagen synthesis of a fully activated (PDGF or TGF-beta stimulated) fibroblast relative "
       "to a quiescent one",
       "Madden JW, Peacock EE. Surgery 1968;64:288 (collagen synthesis in healing wounds several "
       "to ten times that of skin); Varga J et al. Biochem J 1987;247:597 (TGF-beta alone ~3x)"},
      {"collagen_content_decline", "1/year", 0.01, 0.006, 0.015,
       "loss of dermal collagen content per year of age above the reference age",
       "Shuster S, Black MM, McVitie E. Br J Dermatol 1975;93:639 (1 % per year)"},
      {"collagen_synthesis_decline", "1/year", 0.006, 0.003, 0.012,
       "loss of fibroblast collagen synthesis per year of age above the reference age",
       "Varani J et al. Am J Pathol 2006;168:1861 (procollagen I 82 vs 56 ng/mL, 18-29 vs 80+ y)"},
      {"reference_age", "years", 25, 18, 35, "age of peak dermal collagen",
       "Sibilla S et al., as cited by Reilly DM, Lozano J. Plast Aesthet Res 2021;8:2 (peak at "
       "25-34 years)"},
      {"elastin_dermis", "mg/cm3", 8.0, 3.0, 15.0, "elastin content of the dermis",
       "Uitto J. J Invest Dermatol 1979;72:1 (2-4 % of dermal dry weight)"},
      {"elastin_decay_rate", "1/year", 0.0135, 0.0057, 0.025, "degradation of elastic fibres",
       "Shapiro SD et al. J Clin Invest 1991;87:1828 (mean residence 74 years)"},
      {"tropoelastin_assembly_rate", "1/day", 0.5, 0.1, 2.0,
       "assembly of secreted tropoelastin into fibres",
       kAssume + "days, as elastogenesis in culture"},
      {"tropoelastin_decay_rate", "1/day", 0.2, 0.05, 1.0,
       "degradation of tropoelastin before it is assembled", kAssume + "comparable to assembly"},
      {"tropoelastin_tgf_induction", "1", 3.0, 1.5, 6.0,
       "fold increase of fibroblast tropoelastin synthesis at saturating TGF-beta",
       "Kahari VM et al. Lab Invest 1992;66:580 (TGF-beta raises elastin mRNA in dermal "
       "fibroblasts)"},
      {"elastotic_fraction_per_year", "1/year", 0.01, 0.0, 0.02,
       "share of dermal elastin that is photo-aged elastotic material, per year of age above 30",
       kAssume + "reaches 30-50 % by 60-80 years in sun-exposed skin (Braverman IM, Fonferko E. J "
                 "Invest Dermatol 1982;78:434)"},
      {"elastotic_turnover_rate", "1/year", 0.5, 0.1, 2.0,
       "degradation of elastotic material at resting MMP activity (balanced by UV damage)",
       kAssume + "calibrated to the fall of total elastin after a course (El-Domyati M et al. Int "
                 "J Dermatol 2015;54:1361)"},
      {"scar_remodelling_rate", "1/day", 0.01, 0.001, 0.05,
       "degradation of scar collagen per unit of MMP activity above the resting level",
       kAssume + "scars remodel over months (Gurtner GC et al. Nature 2008;453:314)"},
      {"mmp_decay_rate", "1/h", 0.1, 0.02, 1.0, "decay of MMPs (autolysis, alpha2-macroglobulin)",
       kAssume + "minutes for the active enzyme, hours for the proenzyme pool"},
      {"mmp_resting", "ng/mL", 2.0, 0.5, 10, "resting MMP level in intact dermis",
       kAssume + "ng/mL of MMP-1 in normal skin"},
      {"mmp_cytokine_induction", "1", 10, 3, 30,
       "fold increase of fibroblast MMP at saturating IL-1",
       "Mauviel A. J Cell Biochem 1993;53:288 (IL-1 induces MMP-1 in dermal fibroblasts)"},
      {"mmp_secretion_leukocyte", "pg/h", 1e-3, 1e-4, 1e-2,
       "MMP (MMP-8, MMP-9) secretion per neutrophil or M1 macrophage",
       kAssume + "calibrated so that MMP levels in the first days are 10-50 times rest"},
      {"timp_decay_rate", "1/h", 0.1, 0.02, 1.0, "decay of TIMP-1", kAssume + "hours"},
      {"timp_resting", "ng/mL", 2.0, 0.5, 10, "resting TIMP-1 level in intact dermis",
       kAssume + "so that half the resting MMP is inhibited"},
      {"timp_tgf_induction", "1", 3.0, 1.5, 6.0,
       "fold increase of fibroblast TIMP at saturating TGF-beta",
       "Edwards DR et al. EMBO J 1987;6:1899 (TGF-beta induces TIMP)"},
      {"timp_inhibition", "ng/mL", 2.0, 0.5, 10,
       "TIMP level that halves MMP activity (1:1 tight binding, on the mass scale)",
       kAssume + "Ki of 0.1-1 nM, at the ng/mL levels of the tissue"},
      // --- Epidermis and barrier ---------------------------------------------------------------
      {"epidermal_closure_rate", "1/h", 0.5, 0.1, 2.0,
       "re-covering of the needle channels through the epidermis by keratinocytes",
       "Gupta J et al. J Control Release 2011;154:148 (unoccluded reseal within 2 h); Kalluri H "
       "et al. AAPS J 2011;13:473 (TEWL recovered in 4-5 h)"},
      {"closure_inflammation_gain", "1", 1.0, 0.0, 3.0,
       "relative speed-up of channel closure at saturating cytokines",
       "direction: Brogden NK et al. J Control Release 2012;163:220 (diclofenac slows closure); "
       "value: assumption"},
      {"barrier_maturation_rate", "1/day", 0.7, 0.3, 2.0,
       "maturation of the barrier of re-covered epidermis (lamellar lipids)",
       "Sasaki GH. Aesthet Surg J Open Forum 2019;1:ojz017 (TEWL above baseline at 48 h); "
       "Dermatol Surg 2012;38:1816 (recovered within 72 h)"},
      {"epidermal_growth_rate", "1/day", 0.1, 0.02, 0.5,
       "keratinocyte layers added per day at saturating KGF (relative to the resting thickness)",
       kAssume + "calibrated to the epidermal thickening after a course (Lotfi R et al. J Egypt "
                 "Women's Dermatol Soc 2013;10:152)"},
      {"epidermal_turnover_rate", "1/day", 0.025, 0.018, 0.036,
       "return of a thickened epidermis to rest by desquamation (epidermal turnover)",
       "Weinstein GD, McCullough JL, Ross P. J Invest Dermatol 1984;82:623 (turnover 28-56 days)"},
      // --- Pigment (docs/model.md 7.3) -----------------------------------------------------------
      {"melanin_proliferation_gain", "1", 1.0, 0.5, 2.0,
       "speed-up of the clearance of epidermal melanin per unit extra keratinocyte production "
       "(melanin leaves with the keratinocytes that carry it)",
       kAssume + "clearance scales with the keratinocyte flux; psoriatic epidermis (turnover ~7 "
                 "days, Goodwin P et al. Br J Dermatol 1973;89:613) bounds it"},
      {"melanosome_degradation_type_i", "1", 0.8, 0.5, 0.95,
       "share of epidermal melanin degraded inside differentiating keratinocytes (not shed with "
       "them), Fitzpatrick type I",
       kAssume + "in light skin melanosomes are aggregated and degraded as keratinocytes "
                 "differentiate, in dark skin larger single melanosomes survive to the stratum "
                 "corneum (Thong HY et al. Br J Dermatol 2003;149:498; Alaluf S et al. Pigment "
                 "Cell Res 2002;15:112)"},
      {"melanosome_degradation_per_type", "1", 0.1, 0.0, 0.15,
       "fall of the degraded share per Fitzpatrick type step (type VI: 0.3 by default)",
       kAssume + "as melanosome_degradation_type_i"},
      {"pih_melanogenesis_rate", "1/day", 0.02, 0.005, 0.05,
       "extra melanogenesis at saturating inflammatory cytokines, Fitzpatrick type III, relative "
       "to the normal epidermal melanin",
       kAssume +
           "inflammatory mediators stimulate melanocytes (Tomita Y et al. Pigment Cell Res "
           "1992;5:357); additive, as the absolute UV tanning response does not depend on "
           "the starting pigment (Ravnbak MH et al. Acta Derm Venereol 2008;88:223); of the "
           "order of a UV tan's build-up (about 4 melanin-index units a day at full "
           "stimulus in type III: 0.02 of its normal melanin); PIH is more frequent in darker "
           "types after needling (Dogra S et al. J Cosmet Dermatol 2014;13:180: 5/36 in "
           "types IV-V), which the model reproduces as an ordering, not as an incidence"},
      {"pih_phototype_ratio", "1", 1.6, 1.3, 2.0,
       "factor by which the PIH propensity grows per Fitzpatrick type (type III = 1)",
       "Vemula S et al. J Am Acad Dermatol 2018;79:508 (peels: type VI odds ratio 5.1 against "
       "III-V, about 1.6^3); assumption for the per-type geometric form"},
      {"dermal_melanin_clearance_rate", "1/day", 0.00274, 0.00067, 0.0056,
       "clearance of dermal melanin by melanophages at the resting macrophage density (1/365 "
       "days)",
       "Davis EC, Callender VD. J Clin Aesthet Dermatol 2010;3(7):20 (dermal pigment persists "
       "months to years); the range is 180-1500 days"},
      // --- Vessels and visible signs -----------------------------------------------------------
      {"vessel_density_reticular", "1", 0.3, 0.1, 0.6,
       "microvascular density of the reticular dermis relative to the papillary plexus",
       kAssume + "the superficial plexus dominates (Braverman IM. Microcirculation 1997;4:329)"},
      {"vessel_density_hypodermis", "1", 0.3, 0.1, 0.6, "microvascular density of the hypodermis",
       kAssume + "as the reticular dermis"},
      {"vasodilation_rate", "1/h", 4.0, 1.0, 20.0,
       "response of the microvessels to inflammatory mediators",
       kAssume + "minutes, as the Lewis triple response"},
      {"edema_formation_rate", "1/h", 0.02, 0.005, 0.1,
       "excess interstitial fluid formed per hour at full vasodilation (volume fraction)",
       kAssume + "calibrated to visible swelling of a few percent"},
      {"lymphatic_drainage_rate", "1/h", 0.3, 0.06, 1.0, "lymphatic drainage of excess fluid",
       "Mortimer PS et al. 1990 (albumin clearance 6-18 %/h); oedema resolves in 3-6 h (Hong Kong "
       "J Dermatol Venereol 2018;26:52)"},
      {"hypodermis_matrix_share", "1", 0.2, 0.05, 0.5,
       "cells and matrix of the fat septa relative to the reticular dermis", kAssume + "septa"},
      // --- What instruments read ---------------------------------------------------------------
      {"tewl_baseline", "g/m2/h", 9.69, 6.75, 12.63, "transepidermal water loss of intact skin",
       "Montero-Vilchez T et al. 2021 (normative, 20-40 years)"},
      {"tewl_open_epidermis", "g/m2/h", 100, 50, 200, "TEWL through epidermis with no barrier",
       kAssume + "tape-stripped skin reaches 60-100+ g/m2/h"},
      {"immature_barrier_leak", "1", 0.1, 0.02, 0.3,
       "water permeability of re-covered but immature epidermis relative to an open channel",
       kAssume + "calibrated so that TEWL stays above baseline at 48 h (Sasaki 2019)"},
      {"erythema_index_baseline", "1", 413.5, 250, 600, "Mexameter erythema index of intact cheek",
       "Montero-Vilchez T et al. 2021 (cheek, 20-40 years)"},
      {"erythema_index_gain", "1", 150, 50, 300, "erythema index added at full vasodilation",
       kAssume + "visible redness raises the index by 100-200 units"},
      {"histology_window", "um", 500, 200, 1000,
       "depth below the dermo-epidermal junction over which collagen and elastin changes are "
       "measured (the upper dermis of a biopsy)",
       kAssume + "the field histomorphometry reports (El-Domyati 2015, Lotfi 2013)"},
      // --- Transport ---------------------------------------------------------------------------
      {"diffusivity_damps", "m2/s", 3e-11, 1e-11, 1e-10, "diffusivity of damage signals in tissue",
       "Stokes-Einstein for 25-30 kDa proteins (~1e-10 m2/s in water) divided by tortuosity^2"},
      {"diffusivity_cytokines", "m2/s", 3e-11, 1e-11, 1e-10, "diffusivity of IL-1beta / TNF-alpha",
       "as diffusivity_damps"},
      {"diffusivity_tgf_beta", "m2/s", 1e-11, 1e-13, 1e-10,
       "effective diffusivity of TGF-beta (binds matrix)",
       "Cumming BD, McElwain DLS, Upton Z. J R Soc Interface 2010;7:19"},
      {"diffusivity_pdgf", "m2/s", 4.7e-11, 5e-13, 1.2e-10, "effective diffusivity of PDGF",
       "1.2e-10 m2/s in water with tortuosity 1.6 (Stepien TL et al. 2020)"},
      {"diffusivity_kgf", "m2/s", 3e-11, 1e-11, 1e-10, "effective diffusivity of KGF", "as PDGF"},
      {"diffusivity_mmp", "m2/s", 1e-11, 1e-12, 5e-11, "effective diffusivity of MMPs (50-90 kDa)",
       kAssume + "slower than the growth factors"},
      {"diffusivity_timp", "m2/s", 2e-11, 1e-12, 5e-11, "effective diffusivity of TIMP-1 (28 kDa)",
       kAssume},
      {"motility_neutrophils", "m2/s", 1e-12, 1e-13, 1e-11, "random motility of neutrophils",
       kAssume + "10 um/min with persistence of minutes"},
      {"motility_macrophages", "m2/s", 1e-13, 1e-14, 1e-12, "random motility of macrophages",
       kAssume + "slower than neutrophils"},
      {"fibroblast_chemotaxis", "m2/s", 1.5e-12, 1e-13, 1e-11,
       "chemotactic coefficient of fibroblasts up the PDGF receptor signal PDGF/(PDGF + K)",
       kAssume + "gives 10-50 um/h up the gradients near a channel, the speeds of dermal "
                 "fibroblasts migrating in 3D matrix (Friedl P, Brocker EB. Cell Mol Life Sci "
                 "2000;57:41); chemotaxis to PDGF: Seppa H et al. J Cell Biol 1982;92:584"},
      {"motility_fibroblasts", "m2/s", 3e-14, 1e-15, 1e-12, "random motility of fibroblasts",
       "Shreiber DI, Barocas VH, Tranquillo RT. Biophys J 2003;84:4102 (1-5e-14 m2/s in collagen)"},
  };
}

namespace {
double in(const parameters::ParameterSet& p, const char* name, const char* unit) {
  return units::from_si(p.si(name), unit);
}
}  // namespace

HealingParameters HealingParameters::from(const parameters::ParameterSet& p) {
  HealingParameters h;
  h.damps_clearance = p.si("damps_clearance_rate");
  h.debris_damps_release = p.si("debris_damps_release");
  h.debris_phagocytosis = p.si("debris_phagocytosis_rate");
  h.phagocyte_half_saturation = in(p, "phagocyte_half_saturation", "1/mm3");
  h.debris_resorption = p.si("debris_resorption_rate");
  h.platelet_degranulation = p.si("platelet_degranulation_rate");
  h.platelet_pdgf = in(p, "clot_pdgf", "ng/mL");
  h.platelet_tgf_beta = in(p, "clot_tgf_beta", "ng/mL");
  h.neutrophil_recruitment = in(p, "neutrophil_recruitment_rate", "1/mm3/s");
  h.neutrophil_death = p.si("neutrophil_death_rate");
  h.monocyte_recruitment = in(p, "monocyte_recruitment_rate", "1/mm3/s");
  h.macrophage_death = p.si("macrophage_death_rate");
  h.m1_to_m2_basal = p.si("m1_to_m2_rate");
  h.m1_to_m2_efferocytosis = p.si("m1_to_m2_efferocytosis_rate");
  h.efferocytosis_half_saturation = in(p, "efferocytosis_half_saturation", "1/mm3");
  h.resident_macrophages = in(p, "resident_macrophages", "1/mm3");
  h.signal_half_saturation = p.si("signal_half_saturation");
  h.cytokine_decay = p.si("cytokine_clearance_rate");
  h.cytokine_from_damps = in(p, "cytokine_from_damps", "ng/mL/s");
  // pg per cell per second times cells/mm^3 is pg/mm^3/s, which is ng/mL/s.
  h.cytokine_from_neutrophil = in(p, "cytokine_secretion_neutrophil", "pg/s");
  h.cytokine_from_m1 = in(p, "cytokine_secretion_m1", "pg/s");
  h.cytokine_half_saturation = in(p, "cytokine_half_saturation", "ng/mL");
  h.il10_half_saturation = in(p, "il10_half_saturation", "1/mm3");
  h.tgf_beta_decay = p.si("tgf_beta_decay_rate");
  h.tgf_beta_from_m2 = in(p, "tgf_beta_secretion_m2", "pg/s");
  h.tgf_beta_from_fibroblast = in(p, "tgf_beta_secretion_fibroblast", "pg/s");
  h.tgf_beta_half_saturation = in(p, "tgf_beta_half_saturation", "ng/mL");
  h.pdgf_decay = p.si("pdgf_decay_rate");
  h.pdgf_from_macrophage = in(p, "pdgf_secretion_macrophage", "pg/s");
  h.pdgf_half_saturation = in(p, "pdgf_half_saturation", "ng/mL");
  h.kgf_decay = p.si("kgf_decay_rate");
  h.kgf_from_fibroblast = in(p, "kgf_secretion_fibroblast", "pg/s");
  h.kgf_cytokine_induction = p.si("kgf_cytokine_induction");
  h.kgf_half_saturation = in(p, "kgf_half_saturation", "ng/mL");
  h.fibroblasts_papillary = in(p, "fibroblasts_papillary", "1/mm3");
  h.fibroblasts_reticular = in(p, "fibroblasts_reticular", "1/mm3");
  h.fibroblast_proliferation = p.si("fibroblast_proliferation_rate");
  h.fibroblast_tgf_mitogenesis = p.si("fibroblast_tgf_mitogenesis");
  h.fibroblast_max_density = in(p, "fibroblast_max_density", "1/mm3");
  h.fibroblast_return = p.si("fibroblast_return_rate");
  h.collagen_papillary = in(p, "collagen_papillary", "mg/cm3");
  h.collagen_reticular = in(p, "collagen_reticular", "mg/cm3");
  h.collagen_iii_fraction = p.si("collagen_iii_share");
  h.collagen_iii_fraction_wound = p.si("collagen_iii_share_wound");
  h.collagen_mature_decay = p.si("collagen_mature_decay_rate");
  h.collagen_immature_decay = p.si("collagen_immature_decay_rate");
  h.collagen_crosslinking = p.si("collagen_crosslinking_rate");
  h.crosslinked_mmp_resistance = p.si("crosslinked_mmp_resistance");
  h.collagen_activation_fold = p.si("collagen_activation_fold");
  h.collagen_content_decline = in(p, "collagen_content_decline", "1/year");
  h.collagen_synthesis_decline = in(p, "collagen_synthesis_decline", "1/year");
  h.reference_age = p.si("reference_age");
  h.elastin_dermis = in(p, "elastin_dermis", "mg/cm3");
  h.elastin_decay = p.si("elastin_decay_rate");
  h.tropoelastin_assembly = p.si("tropoelastin_assembly_rate");
  h.tropoelastin_decay = p.si("tropoelastin_decay_rate");
  h.tropoelastin_tgf_induction = p.si("tropoelastin_tgf_induction");
  h.elastotic_fraction_per_year = in(p, "elastotic_fraction_per_year", "1/year");
  h.elastotic_turnover = p.si("elastotic_turnover_rate");
  h.scar_remodelling = p.si("scar_remodelling_rate");
  h.mmp_decay = p.si("mmp_decay_rate");
  h.mmp_resting = in(p, "mmp_resting", "ng/mL");
  h.mmp_cytokine_induction = p.si("mmp_cytokine_induction");
  h.mmp_from_leukocyte = in(p, "mmp_secretion_leukocyte", "pg/s");
  h.timp_decay = p.si("timp_decay_rate");
  h.timp_resting = in(p, "timp_resting", "ng/mL");
  h.timp_tgf_induction = p.si("timp_tgf_induction");
  h.timp_inhibition = in(p, "timp_inhibition", "ng/mL");
  h.epidermal_closure = p.si("epidermal_closure_rate");
  h.occlusion_closure_slowdown = p.si("occlusion_closure_slowdown");
  h.closure_inflammation_gain = p.si("closure_inflammation_gain");
  h.barrier_maturation = p.si("barrier_maturation_rate");
  h.epidermal_growth = p.si("epidermal_growth_rate");
  h.epidermal_turnover = p.si("epidermal_turnover_rate");
  h.melanin_proliferation_gain = p.si("melanin_proliferation_gain");
  h.pih_melanogenesis = p.si("pih_melanogenesis_rate");
  h.pih_phototype_ratio = p.si("pih_phototype_ratio");
  h.dermal_melanin_clearance = p.si("dermal_melanin_clearance_rate");
  h.melanosome_degradation_type_i = p.si("melanosome_degradation_type_i");
  h.melanosome_degradation_per_type = p.si("melanosome_degradation_per_type");
  h.vessels_reticular = p.si("vessel_density_reticular");
  h.vessels_hypodermis = p.si("vessel_density_hypodermis");
  h.vasodilation_rate = p.si("vasodilation_rate");
  h.edema_formation = p.si("edema_formation_rate");
  h.lymphatic_drainage = p.si("lymphatic_drainage_rate");
  h.hypodermis_matrix_share = p.si("hypodermis_matrix_share");
  h.tewl_baseline = in(p, "tewl_baseline", "g/m2/h");
  h.tewl_open_epidermis = in(p, "tewl_open_epidermis", "g/m2/h");
  h.immature_barrier_leak = p.si("immature_barrier_leak");
  h.erythema_index_baseline = p.si("erythema_index_baseline");
  h.erythema_index_gain = p.si("erythema_index_gain");
  h.histology_window = p.si("histology_window");
  h.diffusivity_damps = p.si("diffusivity_damps");
  h.diffusivity_cytokines = p.si("diffusivity_cytokines");
  h.diffusivity_tgf_beta = p.si("diffusivity_tgf_beta");
  h.diffusivity_pdgf = p.si("diffusivity_pdgf");
  h.diffusivity_kgf = p.si("diffusivity_kgf");
  h.diffusivity_mmp = p.si("diffusivity_mmp");
  h.diffusivity_timp = p.si("diffusivity_timp");
  h.motility_neutrophils = p.si("motility_neutrophils");
  h.motility_macrophages = p.si("motility_macrophages");
  h.motility_fibroblasts = p.si("motility_fibroblasts");
  h.fibroblast_chemotaxis = p.si("fibroblast_chemotaxis");
  return h;
}

}  // namespace dermasim::biology
