#include "dermasim/biology/healing_parameters.hpp"

namespace dermasim::biology {

// Repair: TGF-beta and its latent store, fibroblasts and myofibroblasts, the matrix and the
// proteases that remodel it (docs/model.md 6.4, second generation). Values, ranges and sources;
// docs/parameters.md lists them and says where each range end comes from. Where a value is an
// assumption, the source says so and what it was calibrated against.
std::vector<parameters::ParameterInfo> repair_parameter_infos() {
  const std::string kAssume = "assumption: ";
  return {
      // --- TGF-beta: the latent store and its activation ---------------------------------------
      {"tgf_beta_decay_rate", "1/day", 9.1, 4.55, 18.2, "decay of active TGF-beta",
       "Waugh HV, Sherratt JA. Bull Math Biol 2006;68:197 (BIOMD0000000680: 9.1/day)",
       "assumption: half and twice the value (the plasma half-life of 2-3 min, Wakefield LM et al. "
       "J Clin Invest 1990;86:1976, is systemic clearance by the liver)"},
      {"tgf_beta_secretion_m2", "pg/h", 2e-4, 2e-5, 2e-3, "TGF-beta secretion per M2 macrophage",
       "order of Adler M et al. iScience 2020;23:100841 (macrophage growth-factor secretion ~70 "
       "molecules/min); calibrated to acute wound-fluid TGF-beta1 of 0.1-5 ng/mL",
       "assumption: a decade either side of the value calibrated to wound-fluid TGF-beta1 of 0.1-5 "
       "ng/mL"},
      {"tgf_beta_half_saturation", "ng/mL", 0.5, 0.25, 1.0,
       "TGF-beta level at which fibroblast responses (collagen, alpha-SMA, TIMP, collagenase "
       "repression) are half-maximal",
       "alpha-SMA raised at 0.25, 0.5 and 1 ng/mL in 30 h (human gingival fibroblasts, "
       "PMC2862373); collagen response saturating from 1 ng/mL (Varga J, Rosenbloom J, Jimenez SA. "
       "Biochem J 1987;247:597)",
       "the span of those doses, 0.25-1 ng/mL"},
      {"latent_tgf_beta_resting", "ng/mL", 4.0, 2.0, 12.0,
       "latent TGF-beta1 held in the papillary dermis at rest (other layers in proportion to their "
       "fibroblasts)",
       kAssume +
           "no tissue content was found; the plasma's latent TGF-beta1, 4.1 +/- 2.0 ng/mL, "
           "range 2-12 (Wakefield LM et al. Clin Cancer Res 1995;1:129), taken for the "
           "interstitium; the dermis holds it on elastic-fibre microfibrils (Karonen T et al. "
           "Br J Dermatol 1997;137:51)",
       "the range of Wakefield 1995's plasma values, 2-12 ng/mL (n = 42), taken for the "
       "interstitium"},
      {"tgf_beta_resting_active_share", "1", 0.01, 0.005, 0.05,
       "share of the resting TGF-beta1 that is active",
       kAssume + "latent complexes dominate: over 95 % of platelet TGF-beta is latent (Grainger DJ "
                 "et al. Nat Med 1995;1:932); 38 % active 1 h after wounding and 17 % on day 5 in "
                 "rat skin (Yang L et al. Am J Pathol 1999;154:105), far above rest",
       "the upper end from over 95 % of platelet TGF-beta being latent (Grainger 1995, Nat Med), "
       "the lower half the value (assumption)"},
      {"latent_tgf_beta_turnover_rate", "1/day", 0.1, 0.03, 0.3,
       "loss of latent TGF-beta from the matrix other than by activation",
       kAssume + "latent complexes outlive the active form (plasma half-life over 100 min against "
                 "2-3 min: Wakefield 1990) and are held by LTBP on microfibrils; a store renewed "
                 "over days to a month",
       "assumption: a store renewed over about 3 days (0.3/day) to a month (0.03/day)"},
      {"tgf_beta_autoinduction", "1", 3.5, 3.0, 10.0,
       "fold increase of latent TGF-beta1 secretion by fibroblasts at saturating TGF-beta",
       "Kim SJ et al. J Biol Chem 1989;264:7041 (TGF-beta1 raises its own promoters 3-4-fold and "
       "8-10-fold); Kim SJ et al. Mol Cell Biol 1990;10:1492 (through AP-1)",
       "the two promoters' folds, 3-4 and 8-10 (Kim 1989)"},
      // --- Fibroblasts and myofibroblasts ------------------------------------------------------
      {"fibroblasts_papillary", "1/mm3", 2e4, 5e3, 1e5,
       "resting fibroblast density, papillary dermis",
       "Sorrell JM, Caplan AI. J Cell Sci 2004;117:667 (papillary dermis more cellular); value: "
       "assumption",
       "assumption: a quarter to five times the value (no density is cited)"},
      {"fibroblasts_reticular", "1/mm3", 5e3, 1e3, 2e4,
       "resting fibroblast density, reticular dermis",
       "Sorrell & Caplan 2004 (as above); value: assumption",
       "assumption: a fifth to four times the value (no density is cited)"},
      {"fibroblast_proliferation_rate", "1/day", 0.832, 0.3, 1.0,
       "maximal fibroblast proliferation rate",
       "Olsen L, Sherratt JA, Maini PK. J Theor Biol 1995;177:113",
       "assumption: 0.3-1/day around Olsen 1995's model value (no spread published)"},
      {"fibroblast_tgf_mitogenesis", "1", 0.5, 0.0, 1.0,
       "weight of TGF-beta relative to PDGF as a fibroblast mitogen",
       kAssume + "PDGF is the mitogen (Heldin CH, Westermark B. Physiol Rev 1999;79:1283); "
                 "TGF-beta acts on proliferation indirectly and weakly, and drives "
                 "differentiation instead",
       "assumption: from none to as strong as PDGF, the limits of a weight the source leaves open"},
      {"fibroblast_max_density", "1/mm3", 6e4, 2e4, 2e5,
       "fibroblast density of packed granulation tissue",
       kAssume + "carrying capacity of the logistic growth (Olsen 1995 form)",
       "assumption: a third to 3.3 times the value (no granulation-tissue density is cited)"},
      {"fibroblast_return_rate", "1/day", 0.1, 0.02, 0.3,
       "return of excess fibroblasts to the resting density (apoptosis)",
       "Desmouliere A et al. Am J Pathol 1995;146:56 (apoptosis clears granulation tissue over "
       "weeks); Adler 2020 (0.3/day activated)",
       "from clearance over weeks (0.02/day, a 5-week half-life: Desmouliere 1995, assumption for "
       "the number) to Adler 2020's 0.3/day for activated cells"},
      {"myofibroblast_differentiation_rate", "1/day", 0.7, 0.3, 1.5,
       "differentiation of fibroblasts into myofibroblasts at saturating TGF-beta",
       kAssume + "alpha-SMA protein and mRNA raised within 30 h of 0.25-1 ng/mL TGF-beta1 "
                 "(PMC2862373); TGF-beta1 induces alpha-SMA in dermal fibroblasts and granulation "
                 "tissue, PDGF does not (Desmouliere A et al. J Cell Biol 1993;122:103)",
       "assumption: time constants of about 16 h to 3 days around the 30 h in which alpha-SMA "
       "rises (PMC2862373)"},
      {"myofibroblast_removal_rate", "1/day", 0.3, 0.14, 0.35,
       "loss of myofibroblasts (apoptosis, de-differentiation) once TGF-beta signalling ends",
       "Hinz B et al. Am J Pathol 2001;159:1009 (markers lost 2-5 days after tension is released); "
       "Adler M et al. iScience 2020;23:100841 (0.3/day); TGF-beta1 blocks their apoptosis (Zhang "
       "HY, Phan SH. Am J Respir Cell Mol Biol 1999;21:658)",
       "Hinz 2001's 2-5 days read as half-lives (0.35-0.14/day)"},
      // --- Collagen ----------------------------------------------------------------------------
      {"collagen_papillary", "mg/cm3", 80, 40, 150,
       "collagen content of the papillary dermis (young adult)",
       "Koppenol DC et al. Biomech Model Mechanobiol 2017;16:1149 (dermal collagen 0.1 g/cm3); "
       "papillary share: assumption (looser than reticular)",
       "assumption: half to about twice the value (no papillary value is published)"},
      {"collagen_reticular", "mg/cm3", 100, 50, 200,
       "collagen content of the reticular dermis (young adult)",
       "Koppenol 2017; Egberts G et al. Biomech Model Mechanobiol 2021;20:2147 (0.1 g/cm3)",
       "assumption: half and twice the 0.1 g/cm3 of Koppenol 2017 and Egberts 2021 (no spread "
       "given)"},
      {"collagen_iii_share", "1", 0.15, 0.1, 0.2,
       "share of collagen III in resting adult dermis and in its synthesis",
       "Epstein EH, Munderloh NH. J Biol Chem 1975;250:9304; Cheng W et al. 2011 (80-85 % I, "
       "10-15 % III); 20 % of newly made collagen in rat skin (Proc Soc Exp Biol Med "
       "1979;161:337)",
       "from the 10 % type III of adult dermis (Epstein 1975, Cheng 2011: 10-15 %) to the 20 % of "
       "newly made collagen in rat skin"},
      {"collagen_iii_share_wound", "1", 0.35, 0.3, 0.4,
       "share of collagen III made by PDGF-activated (granulation) fibroblasts",
       "Bailey AJ et al. Biochem Biophys Res Commun 1975;66:1160 (30-40 % III in granulation "
       "tissue)",
       "Bailey 1975's 30-40 % type III in granulation tissue"},
      {"collagen_synthesis_rate", "1/day", 0.0089, 0.0074, 0.0103,
       "resting collagen synthesis, as a share of the collagen per day (young adult); most of it "
       "is degraded within hours, the share that holds the resting state follows from it",
       "Babraj JA et al. Am J Physiol Endocrinol Metab 2005;289:E864 (skin collagen fractional "
       "synthesis 0.037 +/- 0.003 %/h, stable isotopes, young men)",
       "+/- 2 SD of Babraj 2005's skin rate, 0.037 +/- 0.003 (SD) %/h: 0.74-1.03 %/day"},
      {"matrix_memory_weight", "1", 0.3, 0.0, 0.5,
       "how fully new (immature) collagen fibrils activate the fibroblasts on them, at saturation",
       kAssume +
           "matrix laid down under TGF-beta activates naive fibroblasts (Fibrogenesis Tissue "
           "Repair 2013;6:12); fibroblasts attached to new intact collagen are stretched and make "
           "more collagen (Fisher GJ, Varani J, Voorhees JJ. Arch Dermatol 2008;144:666; Varani J "
           "et al. Am J Pathol 2006;168:1861); collagen III and elastin mRNA still raised 3 months "
           "after a course (Aesthet Surg J 2021, PMID 33656167)",
       "assumption: from none to 0.5, up to the weight above which the loop of new matrix and "
       "activation stops resolving (RepairResolution tests)"},
      {"matrix_memory_half_saturation", "mg/cm3", 20, 10, 40,
       "immature collagen at which the activation by new matrix is half its maximum",
       kAssume + "of the order of the immature collagen a course lays down (10-40 mg/cm3, a "
                 "quarter to a half of the resting collagen)",
       "assumption: the 10-40 mg/cm3 of immature collagen a course lays down, within which the "
       "loop gain stays below 1"},
      {"collagen_degradation_fall", "1", 0.6, 0.15, 0.6,
       "fall of the share of newly made collagen that the cells degrade at once, when the "
       "fibroblast lineage is activated",
       "Laurent GJ, McAnulty RJ, Gibson J. Am J Physiol 1985;249:C352 (growing tissue in vivo: "
       "synthesis 5-fold, degradation of newly synthesised collagen 60 % lower)",
       "from the 15 % fall TGF-beta alone gives in vitro (38 to 32 % degraded: McAnulty RJ et al. "
       "Biochim Biophys Acta 1991;1091:231) to the 60 % in vivo (Laurent 1985)"},
      {"collagen_immature_decay_rate", "1/day", 0.035, 0.033, 0.1,
       "degradation of newly deposited, not yet crosslinked collagen fibrils at resting "
       "collagenase activity",
       "newly deposited wound collagen has a half-life of 1-3 weeks (Laurent GJ. Am J Physiol "
       "1987;252:C1); labile collagen of new connective tissue gone by day 20 while stable "
       "collagen persists (rat sponge implants); default: a 20-day half-life",
       "half-lives of 1-3 weeks (Laurent 1987): 0.1-0.033/day"},
      {"collagen_crosslinking_rate", "1/day", 0.02, 0.01, 0.04,
       "maturation of new collagen fibrils by lysyl-oxidase crosslinks into the long-lived pool",
       "Levenson SM et al. Ann Surg 1965;161:293 (wound tensile strength 20 % at 3 weeks, 50 % at "
       "6, plateau after months); 50 % of final strength by day 40 in mouse incisions (Carlson MA, "
       "Chakkalakal D. PLoS One 2011;6:e24212)",
       "assumption: maturation half-times of 17-70 days (0.04-0.01/day) around the 40-42 days to "
       "half the final strength (Levenson 1965, Carlson 2011)"},
      {"collagen_mature_decay_rate", "1/year", 0.0462, 0.035, 0.07,
       "degradation of crosslinked collagen at resting collagenase activity (half-life 15 years)",
       "Verzijl N et al. J Biol Chem 2000;275:39027 (skin collagen half-life 15 years, aspartic "
       "acid racemisation, the same at every age: D-Asp rises linearly)",
       "assumption: half-lives of 10-20 years around Verzijl's 15 (no spread published)"},
      {"crosslinked_mmp_resistance", "1", 10, 3, 30,
       "how many times more slowly collagenases cleave crosslinked fibrillar collagen than new "
       "collagen",
       "Welgus HG, Jeffrey JJ, Stricklin GP, Eisen AZ. J Biol Chem 1980;255:6806 (fibrillar "
       "collagen cleaved ~10 times more slowly)",
       "assumption: three times either way of Welgus 1980's ~10"},
      {"collagen_activation_fold", "1", 4.0, 2.0, 7.0,
       "collagen synthesis of a fully activated (PDGF or TGF-beta stimulated) fibroblast, and of "
       "a myofibroblast, relative to a quiescent one",
       "TGF-beta raises collagen production 2-3-fold in human dermal fibroblasts (Varga J et al. "
       "Biochem J 1987;247:597), type I procollagen synthesis 3-5-fold (Raghow R et al. J Clin "
       "Invest 1987;79:1285) and pro-alpha1(I) mRNA 6.6-7-fold; myofibroblasts and activated "
       "fibroblasts raise collagen genes alike (Fibrogenesis Tissue Repair 2013;6:15)",
       "from 2, the lowest fold (Varga 1987), to 7, the pro-alpha1(I) mRNA"},
      {"collagen_packing_limit", "mg/cm3", 300, 200, 400,
       "collagen concentration at which deposition stops: the packing of the densest collagenous "
       "tissue",
       "tendon: 55-70 % water, collagen 60-85 % of the dry weight (Kannus P. Scand J Med Sci "
       "Sports 2000;10:312), about 200-400 mg of collagen per cm3",
       "the span for tendon, about 200-400 mg/cm3 (Kannus 2000)"},
      {"collagen_content_decline", "1/year", 0.01, 0.006, 0.015,
       "loss of dermal collagen content per year of age above the reference age",
       "Shuster S, Black MM, McVitie E. Br J Dermatol 1975;93:639 (1 % per year)",
       "assumption: 0.6-1.5 %/year around Shuster 1975's 1 % (no spread read)"},
      {"collagen_synthesis_decline", "1/year", 0.006, 0.003, 0.012,
       "loss of fibroblast collagen synthesis per year of age above the reference age",
       "Varani J et al. Am J Pathol 2006;168:1861 (procollagen I 82 vs 56 ng/mL, 18-29 vs 80+ y)",
       "assumption: half and twice the value; Varani 2006's two age groups (82 against 56 ng/mL) "
       "give about half a percent a year"},
      {"reference_age", "years", 25, 25, 35, "age of peak dermal collagen",
       "Sibilla S et al., as cited by Reilly DM, Lozano J. Plast Aesthet Res 2021;8:2 (peak at "
       "25-34 years)",
       "the 25-34 years of peak collagen (Sibilla, as cited by Reilly & Lozano 2021), up to age "
       "35"},
      // --- Elastin -----------------------------------------------------------------------------
      {"elastin_dermis", "mg/cm3", 8.0, 3.0, 15.0, "elastin content of the dermis",
       "Uitto J. J Invest Dermatol 1979;72:1 (2-4 % of dermal dry weight)",
       "assumption: Uitto 1979's 2-4 % of dermal dry weight for dry masses of about 150-375 mg/cm3 "
       "(the source gives no mass per volume)"},
      {"elastin_decay_rate", "1/year", 0.0135, 0.0057, 0.025,
       "degradation of elastic fibres at resting elastase activity",
       "Shapiro SD et al. J Clin Invest 1991;87:1828 (mean carbon residence 74 years, 95 % CL "
       "40-174, lung elastin; skin elastin is as long-lived: aspartic acid racemisation, "
       "Ritz-Timme S et al. Br J Dermatol 2003;149:951)",
       "the 95 % limits of Shapiro 1991's residence, 40-174 years"},
      {"tropoelastin_assembly_rate", "1/day", 0.5, 0.1, 2.0,
       "assembly of secreted tropoelastin into fibres",
       kAssume + "days, as elastogenesis in culture",
       "assumption: assembly times of half a day to ten days"},
      {"tropoelastin_decay_rate", "1/day", 0.2, 0.05, 1.0,
       "degradation of tropoelastin before it is assembled, at resting elastase activity",
       kAssume + "comparable to assembly",
       "assumption: a quarter to five times the value, around the assembly rate"},
      {"tropoelastin_tgf_induction", "1", 3.0, 2.0, 10.0,
       "fold increase of fibroblast tropoelastin synthesis at saturating TGF-beta",
       "McGowan SE, McNamer R. Am J Respir Cell Mol Biol 1990 (tropoelastin production about "
       "2-fold at 40-100 pM); Katchman SD et al. Biochem Biophys Res Commun 1994;203:485 (human "
       "elastin promoter up to 10-fold in mouse skin after TGF-beta1); Kahari VM et al. Lab Invest "
       "1992;66:580 (raised elastin mRNA in dermal fibroblasts)",
       "from the about 2-fold tropoelastin production (McGowan & McNamer 1990) to the 10-fold "
       "promoter induction in mouse skin (Katchman 1994)"},
      {"elastotic_fraction_per_year", "1/year", 0.01, 0.0, 0.017,
       "share of dermal elastin that is photo-aged elastotic material, per year of age above 30",
       kAssume + "reaches 30-50 % by 60-80 years in sun-exposed skin (Braverman IM, Fonferko E. J "
                 "Invest Dermatol 1982;78:434)",
       "from 0, sun-protected skin (assumption), to 0.017, 50 % by 60 years, the fastest reading "
       "of 30-50 % by 60-80 years (Braverman & Fonferko 1982)"},
      {"elastotic_turnover_rate", "1/year", 0.5, 0.1, 2.0,
       "degradation of elastotic material at resting elastase activity (balanced by UV damage)",
       kAssume + "calibrated to the fall of total elastin after a course (El-Domyati M et al. Int "
                 "J Dermatol 2015;54:1361)",
       "assumption: a fifth to four times the calibrated value"},
      {"scar_remodelling_rate", "1/day", 0.01, 0.001, 0.05,
       "degradation of scar collagen per unit of collagenase activity above the resting level",
       kAssume + "scars remodel over months (Gurtner GC et al. Nature 2008;453:314)",
       "assumption: a tenth to five times the value"},
      // --- Ground substance --------------------------------------------------------------------
      {"hyaluronan_dermis", "mg/cm3", 0.35, 0.2, 0.5, "hyaluronan content of the dermis",
       "human dermis 0.2-0.5 mg/g (review: Polymers 2020;12:1800, its ref. 3; secondary), taken "
       "at a tissue density of 1 g/cm3",
       "the human dermis's 0.2-0.5 mg/g (the Polymers 2020 review) at 1 g/cm3"},
      {"hyaluronan_epidermis", "mg/cm3", 0.1, 0.05, 0.2, "hyaluronan content of the epidermis",
       "human epidermis 0.1 mg/g (as hyaluronan_dermis)", "assumption: half and twice the value"},
      {"hyaluronan_half_life", "day", 0.75, 0.5, 1.0, "half-life of hyaluronan in skin",
       "Reed RK, Laurent UBG, Fraser JRE, Laurent TC. Am J Physiol 1990;259:H532 (0.5-1 day, "
       "rabbit skin, removed by the lymph)",
       "Reed 1990's 0.5-1 day in rabbit skin"},
      {"hyaluronan_induction", "1", 3.0, 2.0, 6.0,
       "fold increase of hyaluronan synthesis by activated fibroblasts and proliferating "
       "keratinocytes",
       "PDGF-BB stimulates fibroblast hyaluronan synthesis at least as much as 10 % serum (Heldin "
       "P, Laurent TC, Heldin CH. Biochem J 1989); EGF 3-5-fold in keratinocytes (Pienimaki JP et "
       "al. J Biol Chem 2001;276:20428); 6-fold epidermal hyaluronan 3 days after tape stripping "
       "(Tammi R et al. J Invest Dermatol 2005)",
       "from 2, for PDGF-BB's at least as much as 10 % serum (Heldin 1989; assumption for the "
       "number), to the 6-fold epidermal rise after tape stripping (Tammi 2005)"},
      // --- Proteases: collagenases, gelatinases and their inhibitor ----------------------------
      {"mmp_decay_rate", "1/h", 0.1, 0.02, 1.0,
       "decay of collagenases and gelatinases (autolysis, alpha2-macroglobulin)",
       kAssume + "minutes for the active enzyme, hours for the proenzyme pool",
       "assumption: half-lives of about 40 min (the active enzyme) to 35 h (the proenzyme pool)"},
      {"mmp_resting", "ng/mL", 2.0, 0.5, 10, "resting collagenase (MMP-1) level in intact dermis",
       kAssume + "ng/mL of MMP-1 in normal skin",
       "assumption: a quarter to five times the value (no tissue level is cited)"},
      {"mmp_cytokine_induction", "1", 10, 3, 30,
       "fold increase of fibroblast collagenase at saturating IL-1",
       "Mauviel A. J Cell Biochem 1993;53:288 (IL-1 induces MMP-1 in dermal fibroblasts)",
       "assumption: three times either way of the value (Mauviel 1993 is cited for the direction)"},
      {"mmp_tgf_repression", "1", 0.75, 0.5, 1.0,
       "share of fibroblast collagenase secretion that saturating TGF-beta represses",
       "Overall CM, Wrana JL, Sodek J. J Biol Chem 1989;264:1860 (procollagenase secretion 50 % "
       "lower on day 1, 75 % on day 2, undetectable on days 3-4 at 1 ng/mL); Edwards DR et al. "
       "EMBO J 1987;6:1899 (transcriptional); Yuan W, Varga J. J Biol Chem 2001 (in dermal "
       "fibroblasts, through Smad3)",
       "Overall 1989's course at 1 ng/mL: 50 % lower on day 1 to undetectable (1) on days 3-4"},
      {"mmp_secretion_leukocyte", "pg/h", 1e-3, 1e-4, 1e-2,
       "collagenase (MMP-8) secretion per neutrophil or M1 macrophage",
       kAssume + "calibrated so that collagenase levels in the first days are 10-50 times rest",
       "assumption: a decade either side of the calibrated value, nothing measured per cell"},
      {"gelatinase_resting", "ng/mL", 2.0, 0.5, 10,
       "resting gelatinase (MMP-2, MMP-9) level in intact dermis",
       kAssume + "as mmp_resting; gelatinases are what activate latent TGF-beta (Yu Q, "
                 "Stamenkovic I. Genes Dev 2000;14:163) and digest elastin",
       "assumption: a quarter to five times the value, as mmp_resting"},
      {"gelatinase_tgf_induction", "1", 1.5, 1.0, 1.8,
       "fold increase of fibroblast gelatinase (MMP-2) at saturating TGF-beta",
       "Overall CM et al. J Biol Chem 1989;264:1860 (72-kDa progelatinase up to 1.8-fold under "
       "TGF-beta while collagenase is repressed)",
       "from none (1) to Overall 1989's maximum, 1.8-fold"},
      {"gelatinase_secretion_leukocyte", "pg/h", 1e-3, 1e-4, 1e-2,
       "gelatinase (MMP-9) secretion per neutrophil, M1 or recruited M2 macrophage",
       kAssume + "as mmp_secretion_leukocyte: neutrophil granules and macrophages release MMP-9",
       "assumption: a decade either side of the value, as mmp_secretion_leukocyte"},
      {"timp_decay_rate", "1/h", 0.1, 0.02, 1.0, "decay of TIMP-1", kAssume + "hours",
       "assumption: half-lives of about 40 min to 35 h (hours)"},
      {"timp_resting", "ng/mL", 2.0, 0.5, 10, "resting TIMP-1 level in intact dermis",
       kAssume + "so that half the resting MMP is inhibited",
       "assumption: a quarter to five times the value (no tissue level is cited)"},
      {"timp_tgf_induction", "1", 3.0, 1.5, 6.0,
       "fold increase of fibroblast TIMP at saturating TGF-beta",
       "Edwards DR et al. EMBO J 1987;6:1899 (TGF-beta induces TIMP)",
       "assumption: half and twice the value; Edwards 1987's abstract gives no fold, and TGF-beta "
       "alone did not significantly induce TIMP there (it raised it with other growth factors)"},
      {"timp_inhibition", "ng/mL", 2.0, 0.5, 10,
       "TIMP level that halves MMP activity (1:1 tight binding, on the mass scale)",
       kAssume + "Ki of 0.1-1 nM, at the ng/mL levels of the tissue",
       "assumption: a quarter to five times the value; the Ki of 0.1-1 nM the source cites is "
       "2.8-28 ng/mL of a 28 kDa TIMP-1"},
  };
}

}  // namespace dermasim::biology
