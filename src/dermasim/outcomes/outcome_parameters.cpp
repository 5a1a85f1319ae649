#include "dermasim/outcomes/outcome_parameters.hpp"

#include "dermasim/units/quantity.hpp"

namespace dermasim::outcomes {

std::vector<parameters::ParameterInfo> outcome_parameter_infos() {
  const std::string kAssume = "assumption: ";
  return {
      // --- Surface (docs/model.md 7.1, 7.2) ------------------------------------------------------
      {"matrix_volume_expression", "1", 0.3, 0.1, 1.0,
       "share of the thickness new matrix would add that lifts a depressed floor (atrophic scar, "
       "furrow); intact dermis densifies instead",
       kAssume + "ultrasound shows dermal density, not thickness, rising after microneedling "
                 "(Wu X et al. Dermatol Ther 2022; Aesthet Surg J 2021, PMID 33656167: density "
                 "+102 %), while atrophic floors below their set point fill; calibrated with the "
                 "tethered shares against Garg & Chaudhary (boxcar -47 %, rolling -37 %, icepick "
                 "-6 % after 3 sessions)",
       "assumption: from a tenth to all of the thickness (1, the physical limit)"},
      {"tethered_share_icepick", "1", 0.1, 0.02, 0.5,
       "share of an icepick scar's depression held by its fibrotic tract, released as the tract "
       "is remodelled",
       kAssume + "an epithelialised tract, mostly not tethered (Jacob CI et al. J Am Acad "
                 "Dermatol 2001;45:109); calibrated against Garg & Chaudhary (-6 %)",
       "assumption: a fifth to five times the calibrated value"},
      {"tethered_share_boxcar", "1", 0.7, 0.2, 0.9,
       "share of a boxcar scar's depression held by its fibrotic floor",
       kAssume + "fibrotic floor (Jacob 2001); calibrated against Garg & Chaudhary (-47 %) and "
                 "Lotfi 2013 (boxcar and rolling 90 % good to excellent)",
       "assumption: 0.2-0.9 around the calibrated value, short of a fully tethered floor"},
      {"tethered_share_rolling", "1", 0.65, 0.3, 1.0,
       "share of a rolling scar's depression held by the fibrous bands tethering it to the "
       "subcutis",
       kAssume + "rolling scars are tethered (Jacob 2001) and subcision releases them; "
                 "calibrated against Garg & Chaudhary (-37 %)",
       "assumption: from 0.3 up to 1, a fully tethered scar"},
      {"texture_fill_share", "1", 0.12, 0.0, 1.0,
       "share of the matrix lift that the microrelief's furrows take (normal anatomy, not a "
       "deficit: they fill far less than a scar's floor)",
       kAssume + "calibrated so that a course of 3-5 sessions lowers the microrelief's Ra by "
                 "10-20 % (texture improves after microneedling: Ablon G. J Clin Aesthet Dermatol "
                 "2018;11(8):29, -1.5 grades; no profilometric Ra change was found)",
       "assumption: the whole span the definition allows"},
      {"microrelief_ra_young", "um", 12.0, 8.0, 20.0,
       "roughness Ra of the skin's microrelief at the reference age (face, replica "
       "profilometry, cut-off 2.5 mm)",
       kAssume + "working value for a young cheek (10-15 um); Ra and Rz rise with age (Trojahn C "
                 "et al. BioMed Res Int 2015:318586)",
       "assumption: 8-20 um around the working 10-15 um of a young cheek"},
      {"microrelief_ra_per_year", "um/year", 0.15, 0.0, 0.4,
       "rise of the microrelief's Ra per year above the reference age",
       kAssume + "from 10-15 um young to 15-25 um over 60 years (working values; Trojahn 2015 "
                 "direction)",
       "assumption: from no rise to 0.4 um/year; the working values (10-15 um young, 15-25 um 60 "
       "years on) give 0-0.25"},
      {"microrelief_spacing", "mm", 0.4, 0.1, 1.0,
       "typical spacing of the primary furrows of the microrelief",
       kAssume + "the polygonal network of primary lines, 20-200 um deep (replica studies "
                 "summarised by Bibb R. Medical Modelling, 2006)",
       "assumption: a quarter to 2.5 times the value (the replica studies give depths, not "
       "spacings)"},
      {"roughness_cutoff", "mm", 2.5, 0.8, 8.0,
       "cut-off wavelength of the Gaussian filter separating roughness from waviness (ISO "
       "16610-21), also the sampling length of Rz (ISO 4287)",
       "ISO 4288:1996 (2.5 mm for Ra 2-10 um; 8 mm above); facial skin Ra 10-30 um lies at "
       "its boundary",
       "the neighbours of 2.5 mm among the ISO 4288 cut-offs, 0.8 mm and 8 mm"},
      {"surface_spacing", "um", 20.0, 5.0, 100.0, "sampling of the simulated height map",
       kAssume + "below the 2.5 mm cut-off's 8 um short-wave limit times the resolution the "
                 "microrelief needs (furrows a few hundred um apart)",
       "assumption: numerical, from fine (5 um) to coarse (100 um) sampling"},
      // --- Pigment (7.3) -------------------------------------------------------------------------
      {"melanin_index_type_i", "1", 100.0, 60.0, 150.0,
       "Mexameter melanin index of normal facial skin of Fitzpatrick type I",
       kAssume + "no Mexameter table by phototype was found; working value consistent with MI "
                 "rising across types (Damian DL et al. Br J Dermatol 1997;136:714)",
       "assumption: 60-150 around the working value (no table by phototype was found)"},
      {"melanin_index_ratio", "1", 1.47, 1.3, 1.6,
       "factor by which the facial melanin index grows per Fitzpatrick type",
       kAssume + "gives 100, 147, 216, 318, 467, 687 for types I-VI; African and Indian "
                 "epidermis hold about twice the melanin of European and Asian (Alaluf S et al. "
                 "Pigment Cell Res 2002;15:112)",
       "assumption: 1.3-1.6, a factor of 3.7-10.5 from type I to type VI"},
      {"melanin_index_floor", "1", 20.0, 0.0, 60.0,
       "melanin index of skin without melanin (the instrument's offset)",
       kAssume + "Mexameter counts are calibrated, not raw reflectance (Courage + Khazaka MX 18)",
       "assumption: from no offset to 60"},
      {"dermal_melanin_weight", "1", 0.5, 0.3, 0.8,
       "weight of dermal melanin in the melanin index relative to epidermal melanin",
       kAssume + "deeper melanin absorbs less of the red and infrared light the index compares",
       "assumption: 0.3-0.8, dermal melanin counting less than epidermal (below 1)"},
      {"pigment_visible_contrast", "1", 15.0, 10.0, 25.0,
       "melanin index difference the eye sees (lesional against normal skin)",
       "Kohli I et al. Photodermatol Photoimmunol Photomed 2019 (PMID 31206816): the smallest "
       "perceptible pigmentation is a lightness change of 0.8 (about 15 MI units: assumption for "
       "the conversion)",
       "assumption: Kohli 2019's lightness change of 0.8 converted to 10-25 melanin index units"},
      {"melasma_darkness_grade", "1", 50.0, 30.0, 60.0,
       "melanin index difference per MASI darkness grade (0-4)",
       kAssume + "an absolute difference, as CIELAB lightness, which is perceptually uniform, "
                 "falls linearly with the melanin index (so the darkest phototypes reach grade 4 "
                 "sooner); calibrated so that the default melasma (1.8x epidermal, 0.3 dermal "
                 "melanin, 40 % of the patch, type III) scores a MASI-like 8-13 (Ismail ESA et al. "
                 "J Cosmet Dermatol 2019: 8.6; Gul S et al.: mMASI 13.2)",
       "assumption: 30-60 around the value calibrated to a MASI-like 8-13"},
      // --- Mechanics (7.4) -----------------------------------------------------------------------
      {"youngs_modulus_young", "kPa", 100.0, 60.0, 130.0,
       "Young's modulus of the upper dermis of a young adult at Cutometer load",
       "Hara Y et al. Skin Res Technol 2013 (cheek dermis 66 kPa); Diridollou S et al. Skin Res "
       "Technol 2000;6:214 (forearm 129 +/- 88 kPa)",
       "from below Hara 2013's cheek 66 kPa to Diridollou 2000's forearm mean, 129 kPa, both "
       "inside the latter's +/- 1 SD (41-217 kPa)"},
      {"collagen_fibril_modulus", "MPa", 300.0, 100.0, 360.0,
       "axial modulus of a hydrated collagen fibril",
       "Dutov P et al. PLoS One 2016;11:e0145711 (100-360 MPa); Yang F, Das D, Chasiotis I 2022",
       "Dutov 2016's span, 100-360 MPa"},
      {"elastin_modulus", "MPa", 1.1, 0.3, 1.5, "modulus of hydrated elastin fibres",
       "Aaron BB, Gosline JM. Biopolymers 1981;20:1247",
       "assumption: 0.3-1.5 MPa around Aaron & Gosline's 1.1 (no spread read)"},
      {"ground_substance_modulus", "kPa", 1.0, 0.3, 5.0,
       "modulus of the cells and ground substance between the fibres",
       "Hendriks FM et al. Med Eng Phys 2006;28:259 (top layer C10 = 0.11 kPa, E about 6 C10)",
       "assumption: 0.3-5 kPa around Hendriks 2006's one subject (E about 6 x 0.11 = 0.66 kPa)"},
      {"protein_density", "mg/cm3", 1350, 1300, 1410,
       "density of dry protein (mass per volume fraction)", kAssume + "dry protein",
       "assumption: 4 % either side of the value"},
      {"fibre_orientation_factor", "1", 0.375, 0.2, 1.0,
       "efficiency of fibres oriented at random in the plane (Krenchel factor)",
       "Krenchel H. Fibre Reinforcement, Copenhagen 1964 (3/8 for 2D random fibres)",
       "Krenchel's factors from fibres at random in 3D (1/5) to aligned fibres (1)"},
      {"collagen_iii_load_share", "1", 0.5, 0.3, 1.0,
       "load borne by collagen III relative to collagen I", kAssume + "thinner fibrils",
       "assumption: from 0.3 up to as much as collagen I (1)"},
      {"immature_collagen_load_share", "1", 0.3, 0.1, 0.41,
       "load borne by collagen not yet crosslinked, relative to crosslinked collagen of the same "
       "type",
       "Seyer-Hansen M et al. Connect Tissue Res 1991;26:181 (blocking lysyl-oxidase crosslinks "
       "with BAPN cut rat wound strength by 59 % at unchanged hydroxyproline, with the reducible "
       "crosslinks only halved: uncrosslinked collagen bears at most 41 % of the load); crosslinks "
       "transfer load between fibrils (Bailey AJ et al. Mech Ageing Dev 1998;106:1)",
       "up to Seyer-Hansen 1991's bound of 41 % of the load, from 0.1 (assumption)"},
      {"glycation_stiffening", "1", 2.3, 0.9, 2.6,
       "k_x: the collagen term of the modulus grows as exp(k_x x) with the glycation "
       "crosslinks x (1 at glycation_age)",
       "glycation crosslinks stiffen tissue without stiffening fibrils (Fessel G et al. PLoS One "
       "2014;9:e110948); value calibrated so that the modulus doubles from 25 to 70 years "
       "(Agache PG et al. Arch Dermatol Res 1980;269:221) with the model's collagen loss",
       "assumption: 0.9-2.6 around the calibrated 2.3"},
      {"glycation_age", "years", 80.0, 60.0, 100.0,
       "age at which the glycation crosslinks reach x = 1 (they accumulate linearly with age)",
       "Verzijl N et al. Biochem J 2000;350:381 (pentosidine and CML rise linearly with age)",
       "assumption: 60-100 years"},
      {"creep_ratio_young", "1", 0.88, 0.5, 1.5,
       "alpha0: instantaneous over delayed compliance ratio E1/E2 of a young adult's skin",
       kAssume + "fitted so that a young face gives Cutometer R2 0.80 and R7 0.50 (Kawalkiewicz "
                 "W et al. J Cosmet Dermatol 2021;20:875: R2 0.66-0.82, R7 0.37-0.52)",
       "assumption: 0.5-1.5 around the fitted value"},
      {"creep_ratio_loss", "1", 0.49, 0.0, 2.0,
       "alpha1: rise of E1/E2 as the fibre network degrades (1 - q)",
       kAssume + "fitted so that a 70-year-old face gives R2 0.66 and R7 0.37, the lower ends of "
                 "the adult ranges (Kawalkiewicz 2021; Ryu HS et al. Skin Res Technol "
                 "2008;14:354: R7 falls most with age)",
       "assumption: from none to 2, about four times the fitted value"},
      {"flow_ratio_young", "1", 0.45, 0.1, 1.0,
       "beta0: E1 T_on / eta_f, the unrecovered flow of a young adult's skin",
       kAssume + "fitted with creep_ratio_young", "assumption: a fifth to twice the fitted value"},
      {"flow_ratio_loss", "1", 0.97, 0.0, 3.0, "beta1: rise of the flow as the network degrades",
       kAssume + "fitted with creep_ratio_loss",
       "assumption: from none to 3, about three times the fitted value"},
      {"creep_time", "s", 0.5, 0.2, 1.0, "time constant of the delayed (Kelvin) deformation",
       kAssume + "fitted to the delayed distension of a 2 s suction",
       "assumption: 0.2-1 s, within the 2 s of suction"},
      {"cutometer_on_time", "s", 2.0, 0.5, 10.0, "suction time (Cutometer mode 1)",
       "standard facial protocol: 2 mm probe, 450 mbar, 2 s on / 2 s off",
       "assumption: a quarter to five times the standard 2 s"},
      {"cutometer_off_time", "s", 2.0, 0.5, 10.0, "relaxation time (Cutometer mode 1)",
       "standard facial protocol", "assumption: a quarter to five times the standard 2 s"},
      {"cutometer_readout_delay", "s", 0.1, 0.05, 0.3,
       "delay at which the immediate distension and retraction are read",
       kAssume + "the instrument's default reading of Ue and Ur",
       "assumption: half to three times the value"},
      // --- Downtime (7.5) ------------------------------------------------------------------------
      {"erythema_visible_delta", "1", 20.0, 15.0, 60.0,
       "erythema index above baseline at which redness is visible (Fitzpatrick I-III)",
       kAssume + "a visible erythema is Delta a* 1.9 (Lee EJ et al. Biomedicines 2024;12:2544), "
                 "about 15-30 Mexameter units",
       "assumption: from the low end of Lee 2024's Delta a* of 1.9 converted (15-30 units) to "
       "twice its high end"},
      {"erythema_masking_ratio", "1", 1.26, 1.0, 1.5,
       "factor on the visible erythema threshold per phototype step above III",
       kAssume + "pigment masks redness: perceived only at about twice the dose in simulated "
                 "Black skin (Photodermatol Photoimmunol Photomed 1992;9:45), 1.26^3 = 2",
       "assumption: from no masking (1) to 1.5, a threshold 3.4 times higher at type VI"},
      {"edema_visible", "1", 0.01, 0.005, 0.05,
       "excess interstitial fluid (volume fraction) at which swelling is visible",
       kAssume + "calibrated so that swelling after a 1.5 mm roller lasts hours (Hong Kong J "
                 "Dermatol Venereol 2018;26:52: 3-6 h)",
       "assumption: half to five times the calibrated value"},
  };
}

OutcomeParameters OutcomeParameters::from(const parameters::ParameterSet& p) {
  OutcomeParameters o;
  o.matrix_volume_expression = p.si("matrix_volume_expression");
  o.tethered_share = {p.si("tethered_share_icepick"), p.si("tethered_share_boxcar"),
                      p.si("tethered_share_rolling")};
  o.texture_fill_share = p.si("texture_fill_share");
  o.microrelief_ra_young = p.si("microrelief_ra_young");
  o.microrelief_ra_per_year = p.si("microrelief_ra_per_year");
  o.microrelief_spacing = p.si("microrelief_spacing");
  o.roughness_cutoff = p.si("roughness_cutoff");
  o.surface_spacing = p.si("surface_spacing");
  o.melanin_index_type_i = p.si("melanin_index_type_i");
  o.melanin_index_ratio = p.si("melanin_index_ratio");
  o.melanin_index_floor = p.si("melanin_index_floor");
  o.dermal_melanin_weight = p.si("dermal_melanin_weight");
  o.pigment_visible_contrast = p.si("pigment_visible_contrast");
  o.melasma_darkness_grade = p.si("melasma_darkness_grade");
  o.youngs_modulus_young = p.si("youngs_modulus_young");
  o.collagen_fibril_modulus = p.si("collagen_fibril_modulus");
  o.elastin_modulus = p.si("elastin_modulus");
  o.ground_substance_modulus = p.si("ground_substance_modulus");
  o.protein_density = units::from_si(p.si("protein_density"), "mg/cm3");
  o.fibre_orientation_factor = p.si("fibre_orientation_factor");
  o.collagen_iii_load_share = p.si("collagen_iii_load_share");
  o.immature_collagen_load_share = p.si("immature_collagen_load_share");
  o.glycation_stiffening = p.si("glycation_stiffening");
  o.glycation_age = p.si("glycation_age");
  o.creep_ratio_young = p.si("creep_ratio_young");
  o.creep_ratio_loss = p.si("creep_ratio_loss");
  o.flow_ratio_young = p.si("flow_ratio_young");
  o.flow_ratio_loss = p.si("flow_ratio_loss");
  o.creep_time = p.si("creep_time");
  o.suction_on = p.si("cutometer_on_time");
  o.suction_off = p.si("cutometer_off_time");
  o.readout_delay = p.si("cutometer_readout_delay");
  o.erythema_visible_delta = p.si("erythema_visible_delta");
  o.erythema_masking_ratio = p.si("erythema_masking_ratio");
  o.edema_visible = p.si("edema_visible");
  o.reference_age = p.si("reference_age");
  return o;
}

}  // namespace dermasim::outcomes
