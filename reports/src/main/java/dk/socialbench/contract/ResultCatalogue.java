package dk.socialbench.contract;

import static dk.socialbench.contract.Column.category;
import static dk.socialbench.contract.Column.count;
import static dk.socialbench.contract.Column.stage;
import static dk.socialbench.contract.Column.total;
import static dk.socialbench.contract.Column.value;
import static dk.socialbench.contract.ColumnType.DATE;
import static dk.socialbench.contract.ColumnType.DOUBLE;
import static dk.socialbench.contract.ColumnType.INT;
import static dk.socialbench.contract.ColumnType.LONG;
import static dk.socialbench.contract.ColumnType.STRING;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Every result dataset of a run, in the order of chapter 3 of the KL report (figure 2.1, then
 * 3.1–3.18), followed by the analyses beyond the report and the data-quality datasets.
 *
 * <p>This is the contract between the Spark jobs that write the datasets, and the server, reports
 * and notebooks that read them. Every dataset has {@code municipality_code} first, with {@link
 * Municipalities#ALL} for all municipalities together.
 */
public final class ResultCatalogue {
  private ResultCatalogue() {}

  static final Column MUNICIPALITY = category("municipality_code", STRING, "Kommune");
  static final Column SERVICE = category("service", STRING, "Ydelse");

  private static final List<ResultDataset> ALL =
      List.of(
          distribution(
                  "cases_by_registrations",
                  "2.1",
                  stage("min_registrations", INT, "Mindst antal registreringer"))
              .title("Antal sager fordelt efter antal registreringer")
              .description(
                  "Hvor mange sager der har mindst 1, 2, 3 ... registreringer. Søjlen for 'mindst 2'"
                      + " er de sager, hvor borgerens udvikling kan følges fra én registrering til"
                      + " den næste. Andelen er af alle kommunens sager.")
              .build(),
          distribution(
                  "goals_set", "3.1", category("goals_set", STRING, "Mål sat ved 1. registrering"))
              .title("Er der sat mål for borgerens udvikling ved første registrering?")
              .description(
                  "Andelen af sager, hvor der ved første registrering er sat mål for borgerens"
                      + " udvikling. Intervallet viser den statistiske usikkerhed (95 pct.): jo"
                      + " færre sager, jo bredere interval.")
              .build(),
          distribution("goal_type", "3.2", category("goal_type", STRING, "Måltype"))
              .title("Målsætning ved første registrering")
              .description(
                  "Fordelingen af måltyper blandt de sager, hvor der er sat mål ved første"
                      + " registrering: forbedring, status quo eller begrænset forværring.")
              .build(),
          ResultDataset.builder("vum_and_target", "3.3")
              .columns(
                  MUNICIPALITY,
                  count("cases", "Antal sager"),
                  value("mean_vum", DOUBLE, "Gns. VUM-score"),
                  value("mean_vum_ci_low", DOUBLE, "Nedre 95 pct."),
                  value("mean_vum_ci_high", DOUBLE, "Øvre 95 pct."),
                  count("target_cases", "Sager med VUM-mål"),
                  value("mean_vum_of_target_cases", DOUBLE, "Gns. VUM-score, sager med mål"),
                  value("mean_vum_target", DOUBLE, "Gns. VUM-mål"),
                  value("mean_vum_target_ci_low", DOUBLE, "Nedre 95 pct."),
                  value("mean_vum_target_ci_high", DOUBLE, "Øvre 95 pct."))
              .group("cases", null, "mean_vum", "mean_vum_ci_low", "mean_vum_ci_high")
              .group(
                  "target_cases",
                  null,
                  "mean_vum_of_target_cases",
                  "mean_vum_target",
                  "mean_vum_target_ci_low",
                  "mean_vum_target_ci_high")
              .title("Gns. VUM-score ved første registrering og i målsætningen")
              .description(
                  "Den gennemsnitlige VUM-score ved første registrering (0 = intet problem, 4 ="
                      + " fuldstændigt problem) og, for sager med et VUM-mål, den gennemsnitlige"
                      + " målsatte score. Et mål under den nuværende score betyder, at kommunen"
                      + " forventer en bedre funktionsevne.")
              .build(),
          distribution(
                  "vum_development",
                  "3.4–3.5",
                  stage("from_registration", INT, "Fra registrering"),
                  category("vum_from", DOUBLE, "VUM-score ved registreringen"),
                  category("direction", STRING, "Udvikling til næste registrering"))
              .title("Udvikling i VUM-score fra én registrering til den næste")
              .description(
                  "For sager med en given VUM-score ved registrering k: hvor mange fik en lavere"
                      + " (bedre) score ved registrering k+1, den samme, en højere (dårligere),"
                      + " eller har endnu ingen næste registrering. Figur 3.4 i KL's rapport er"
                      + " k = 1, figur 3.5 er k = 2.")
              .build(),
          distribution(
                  "funding_basis", "3.6", category("funding_basis", STRING, "Forsørgelsesgrundlag"))
              .title("Fordeling af forsørgelsesgrundlag")
              .description(
                  "Borgernes forsørgelsesgrundlag ved første registrering. 'Ikke oplyst' er sager,"
                      + " hvor kommunen ikke har indberettet feltet, som ikke er obligatorisk.")
              .build(),
          means(
                  "vum_by_funding_basis",
                  "3.7",
                  "Gns. VUM-score",
                  category("funding_basis", STRING, "Forsørgelsesgrundlag"))
              .title("Gns. VUM-score fordelt på forsørgelsesgrundlag, første registrering")
              .description(
                  "Den gennemsnitlige VUM-score ved første registrering for hvert"
                      + " forsørgelsesgrundlag. Overlappende intervaller betyder, at forskellen"
                      + " ikke kan skelnes fra tilfældig variation.")
              .build(),
          means(
                  "follow_up_interval",
                  "3.8",
                  "Gns. antal måneder",
                  stage("registration_number", INT, "Registrering"))
              .title("Antal måneder mellem to registreringer")
              .description(
                  "Gennemsnitligt antal måneder fra registrering k-1 til registrering k, dvs. hvor"
                      + " ofte kommunen følger op. Ved registrering 1 er det de måneder, kommunen"
                      + " har oplyst, når første registrering er en opfølgning på en tidligere."
                      + " 'Alle registreringer' samler alle mellemrum; her tælles mellemrum, ikke"
                      + " borgere. Median er den midterste værdi og påvirkes ikke af enkelte meget"
                      + " lange forløb.")
              .build(),
          distribution(
                  "goal_fulfilment",
                  "3.9–3.10",
                  stage("from_registration", INT, "Mål sat ved registrering"),
                  category("goal_type", STRING, "Måltype"),
                  category("fulfilment", STRING, "Målopfyldelse ved næste registrering"))
              .title("Målopfyldelse fra én registrering til den næste")
              .description(
                  "For mål sat ved registrering k: om målet ved registrering k+1 var helt, delvist"
                      + " eller ikke opfyldt, opdelt på måltype. Figur 3.9 i KL's rapport er k ="
                      + " 1, figur 3.10 er k = 2. 'Alle registreringer' samler målene fra alle k;"
                      + " her tælles mål, ikke borgere.")
              .build(),
          distribution(
                  "improvement_goal_fulfilment",
                  "3.11",
                  category("fulfilled", STRING, "Helt eller delvist opfyldt"))
              .title("Målopfyldelse fra 1. til 2. registrering – mål om bedre funktionsevne")
              .description(
                  "Andelen af mål om forbedret funktionsevne sat ved første registrering, som ved"
                      + " anden registrering var helt eller delvist opfyldt. Målenes"
                      + " ambitionsniveau kan variere mellem kommuner; forskelle siger derfor ikke"
                      + " alene noget om indsatsens effekt.")
              .build(),
          distribution(
                  "follow_up_initiator",
                  "3.12",
                  stage("registration_number", INT, "Registrering"),
                  category("initiator", STRING, "Initiativtager"))
              .title("Initiativtager til opfølgning")
              .description(
                  "Hvem der tog initiativ til opfølgningen ved registrering k: myndighed, udfører,"
                      + " borger eller andet. Alle registreringer, kommunen har angivet som"
                      + " opfølgning, tæller med, også en første registrering, der følger op på en"
                      + " tidligere visitation. 'Alle registreringer' samler opfølgningerne fra alle"
                      + " k; her tælles opfølgninger, ikke borgere.")
              .build(),
          priceMeans(
                  "price_by_vum",
                  "3.13",
                  SERVICE,
                  category("vum_score", DOUBLE, "VUM-score ved første registrering"))
              .title("Gns. dagspris (§107) og gns. timer pr. måned (§85) fordelt efter VUM-score")
              .description(
                  "For §107 den gennemsnitlige dagspris i kr., for §85 det gennemsnitlige antal"
                      + " støttetimer pr. måned (individuelle timer og timer i gruppe tilsammen;"
                      + " de individuelle timer står ved siden af), efter VUM-score ved første"
                      + " registrering. Få sager giver brede intervaller; se især VUM-score 4.")
              .build(),
          priceMeans("price_by_age", "3.14", SERVICE, category("age_group", STRING, "Aldersgruppe"))
              .title("Indsats efter §107 og §85 fordelt efter alder")
              .description(
                  "Gns. dagspris (§107) og gns. timer pr. måned (§85, individuelt og i gruppe)"
                      + " for borgere under 40 år og borgere på 40 år og derover ved første"
                      + " registrering.")
              .build(),
          priceMeans(
                  "price_by_target_group",
                  "3.15",
                  SERVICE,
                  category("target_group", STRING, "Målgruppe"))
              .title("Indsats efter §107 og §85 fordelt efter målgruppe")
              .description(
                  "Gns. dagspris (§107) og gns. timer pr. måned (§85, individuelt og i gruppe)"
                      + " efter målgruppe ved første registrering. Psykisk funktionsnedsættelse er en overligger til"
                      + " intellektuel/kognitiv og sindslidelse; kommunerne indberetter på"
                      + " forskelligt niveau.")
              .build(),
          priceMeans("price_by_municipality", "3.16", SERVICE)
              .title("Gennemsnitspris (§107) og gennemsnitligt antal timer (§85) pr. kommune")
              .description(
                  "Gns. dagspris (§107) og gns. timer pr. måned (§85, individuelt og i gruppe)"
                      + " ved første registrering. Figuren tager ikke højde for forskelle i"
                      + " borgernes VUM-score og alder; det gør det case-mix-justerede benchmark.")
              .build(),
          distribution(
                  "price_change_by_fulfilment",
                  "3.17",
                  category("goal_fulfilled", STRING, "Mål opfyldt"),
                  category("change", STRING, "Udvikling i pris/timer"))
              .title("Udvikling i pris og timer fra 1. til 2. registrering efter målopfyldelse")
              .description(
                  "Sager med mål om forbedret funktionsevne ved første registrering: om dagsprisen"
                      + " (§107) eller timetallet (§85) ved anden registrering var lavere, uændret"
                      + " eller højere, for sager hvor målet var helt eller delvist opfyldt og for"
                      + " sager hvor det ikke var.")
              .build(),
          distribution(
                  "price_change_by_service",
                  "3.18",
                  SERVICE,
                  category("goal_fulfilled", STRING, "Mål opfyldt"),
                  category("change", STRING, "Udvikling i pris/timer"))
              .title("Udvikling i pris (§107) og timer (§85) efter målopfyldelse og ydelse")
              .description(
                  "Som figur 3.17, opdelt på §85 og §107. Timetallet i eget hjem er lettere at"
                      + " tilpasse end prisen på en midlertidig boligplacering.")
              .build(),
          ResultDataset.builder("casemix_benchmark", "Case-mix")
              .columns(
                  MUNICIPALITY,
                  SERVICE,
                  count("cases", "Antal sager"),
                  value("actual_mean", DOUBLE, "Faktisk gennemsnit"),
                  value("expected_mean", DOUBLE, "Forventet gennemsnit"),
                  value("ratio", DOUBLE, "Faktisk/forventet"),
                  value("ratio_ci_low", DOUBLE, "Nedre 95 pct."),
                  value("ratio_ci_high", DOUBLE, "Øvre 95 pct."),
                  value("precision", DOUBLE, "Præcision"),
                  value("shrunken_ratio", DOUBLE, "Udjævnet faktisk/forventet"),
                  value("shrunken_ci_low", DOUBLE, "Nedre 95 pct., udjævnet"),
                  value("shrunken_ci_high", DOUBLE, "Øvre 95 pct., udjævnet"))
              .group(
                  "cases",
                  null,
                  "actual_mean",
                  "expected_mean",
                  "ratio",
                  "ratio_ci_low",
                  "ratio_ci_high",
                  "precision",
                  "shrunken_ratio",
                  "shrunken_ci_low",
                  "shrunken_ci_high")
              .title("Case-mix-justeret benchmark af pris (§107) og timer (§85)")
              .description(
                  "Det forventede gennemsnit er, hvad kommunens sager ville koste, hvis hver sag"
                      + " fik gennemsnittet i de øvrige kommuner for borgere med samme VUM-score og"
                      + " aldersgruppe (indirekte standardisering; grupper med for få sager i de"
                      + " øvrige kommuner lægges sammen). For §85 er det timer individuelt og i"
                      + " gruppe tilsammen. Forholdet faktisk/forventet over 1 betyder højere pris"
                      + " eller flere timer end kommunens borgersammensætning tilsiger; et interval"
                      + " der omfatter 1 betyder ingen sikker forskel. Det udjævnede forhold"
                      + " trækker små kommuners tal mod 1 i det omfang, tilfældighed kan forklare"
                      + " dem.")
              .build(),
          ResultDataset.builder("casemix_funnel", "Case-mix")
              .columns(
                  MUNICIPALITY,
                  SERVICE,
                  stage("point", INT, "Punkt"),
                  value("precision", DOUBLE, "Præcision"),
                  value("limit_95_low", DOUBLE, "Nedre 95 pct.-grænse"),
                  value("limit_95_high", DOUBLE, "Øvre 95 pct.-grænse"),
                  value("limit_998_low", DOUBLE, "Nedre 99,8 pct.-grænse"),
                  value("limit_998_high", DOUBLE, "Øvre 99,8 pct.-grænse"),
                  value("municipalities", LONG, "Antal kommuner"),
                  value("phi", DOUBLE, "Overspredning (φ)"),
                  value("tau2", DOUBLE, "Variation mellem kommuner (τ²)"))
              .notPersonLevel()
              .title("Tragtplot for det case-mix-justerede benchmark")
              .description(
                  "Kontrolgrænserne omkring 1 for forholdet faktisk/forventet: en kommune med en"
                      + " given præcision (flere sager giver højere præcision) ligger inden for 95"
                      + " pct.-grænserne i 95 pct. af tilfældene og inden for 99,8 pct.-grænserne i"
                      + " 99,8 pct., hvis den arbejder som de øvrige kommuner. Grænserne er udvidet"
                      + " med den variation mellem kommunerne, som tilfældighed ikke forklarer.")
              .build(),
          ResultDataset.builder("progression_by_price", "Progression")
              .columns(
                  MUNICIPALITY,
                  SERVICE,
                  count("cases", "Antal sager"),
                  value("mean_price", DOUBLE, "Gns. pris/timer"),
                  value("mean_price_ci_low", DOUBLE, "Nedre 95 pct."),
                  value("mean_price_ci_high", DOUBLE, "Øvre 95 pct."),
                  count("goal_cases", "Sager med forbedringsmål fulgt op"),
                  count("goals_fulfilled", "Mål helt eller delvist opfyldt"),
                  value("goals_fulfilled_share", DOUBLE, "Andel mål opfyldt"),
                  value("goals_fulfilled_ci_low", DOUBLE, "Nedre 95 pct."),
                  value("goals_fulfilled_ci_high", DOUBLE, "Øvre 95 pct."),
                  count("vum_cases", "Sager med 2. registrering"),
                  count("vum_improved", "Forbedret VUM-score"),
                  value("vum_improved_share", DOUBLE, "Andel forbedret VUM"),
                  value("vum_improved_ci_low", DOUBLE, "Nedre 95 pct."),
                  value("vum_improved_ci_high", DOUBLE, "Øvre 95 pct."))
              .group("cases", null, "mean_price", "mean_price_ci_low", "mean_price_ci_high")
              .group(
                  "goal_cases",
                  "goals_fulfilled",
                  "goals_fulfilled_share",
                  "goals_fulfilled_ci_low",
                  "goals_fulfilled_ci_high")
              .group(
                  "vum_cases",
                  "vum_improved",
                  "vum_improved_share",
                  "vum_improved_ci_low",
                  "vum_improved_ci_high")
              .title("Progression i forhold til pris")
              .description(
                  "Nøgletallet KL's rapport kalder det egentligt interessante: hvor meget"
                      + " progression en indsats skaber i forhold til prisen. For hver ydelse:"
                      + " gns. pris/timer ved første registrering, andelen af forbedringsmål der"
                      + " var helt eller delvist opfyldt ved anden registrering, og andelen af"
                      + " sager med forbedret VUM-score fra første til anden registrering.")
              .build(),
          ResultDataset.builder("activity_by_year", "Aktivitet")
              .columns(
                  MUNICIPALITY,
                  serviceOverTime(),
                  stage("year", INT, "År"),
                  value("full_year_users", DOUBLE, "Helårsbrugere"),
                  count("unique_users", "Unikke brugere"),
                  count("users_dec31", "Brugere pr. 31.12."))
              .group("unique_users", null, "full_year_users")
              .group("users_dec31", null)
              .title("Helårsbrugere, unikke brugere og brugere pr. 31. december")
              .description(
                  "Antal borgere, der modtager ydelsen, opgjort på tre måder som i KORA's"
                      + " rapport om enhedsudgifter (2017): helårsbrugere (dage med ydelsen i året"
                      + " divideret med årets dage, så en borger hele året tæller 1 og et halvt år"
                      + " 0,5), unikke brugere (borgere med mindst én dag i året) og brugere den 31."
                      + " december. En ydelse løber fra registreringen til dagen før næste"
                      + " registrering, sagens afslutning eller dataperiodens slutning. Kun hele"
                      + " kalenderår i dataperioden; de tidligste år omfatter kun de sager,"
                      + " kommunen har leveret, og viser derfor færre brugere.")
              .build(),
          ResultDataset.builder("unit_cost_by_year", "Enhedsudgift")
              .columns(
                  MUNICIPALITY,
                  serviceOverTime(),
                  stage("year", INT, "År"),
                  count("users", "Brugere i året (n)"),
                  value("full_year_users", DOUBLE, "Helårsbrugere"),
                  value("amount", DOUBLE, "I alt (kr. for §107, timer for §85)"),
                  value("per_year", DOUBLE, "Pr. helårsbruger pr. år"),
                  value("per_year_ci_low", DOUBLE, "Nedre 95 pct."),
                  value("per_year_ci_high", DOUBLE, "Øvre 95 pct."),
                  value("per_month", DOUBLE, "Pr. helårsbruger pr. måned"),
                  value("per_month_ci_low", DOUBLE, "Nedre 95 pct."),
                  value("per_month_ci_high", DOUBLE, "Øvre 95 pct."))
              .group(
                  "users",
                  null,
                  "full_year_users",
                  "amount",
                  "per_year",
                  "per_year_ci_low",
                  "per_year_ci_high",
                  "per_month",
                  "per_month_ci_low",
                  "per_month_ci_high")
              .title("Enhedsudgifter pr. helårsbruger år for år")
              .description(
                  "For §107 den skønnede udgift (dagspris gange dage) og for §85 antal timer"
                      + " (timer pr. måned gange måneder), i alt og pr. helårsbruger pr. år og pr."
                      + " måned. Priserne er løbende (nominelle) kroner, ikke pris- og"
                      + " lønreguleret. Udgiften er beregnet ud fra de registrerede dagspriser,"
                      + " ikke fra regnskabet. Intervallet er et 95 pct.-konfidensinterval med"
                      + " borgerne som enheder.")
              .build(),
          ResultDataset.builder("development_by_year", "Udvikling")
              .columns(
                  MUNICIPALITY,
                  stage("key_figure", STRING, "Nøgletal"),
                  stage("year", INT, "År"),
                  count("persons", "Personer (n)"),
                  count("persons_with", "Heraf med udfaldet"),
                  value("value", DOUBLE, "Værdi"),
                  value("value_ci_low", DOUBLE, "Nedre 95 pct."),
                  value("value_ci_high", DOUBLE, "Øvre 95 pct."))
              .group("persons", "persons_with", "value", "value_ci_low", "value_ci_high")
              .title("Enhedsudgifter og udvikling over tid")
              .description(
                  "Benchmarkets nøgletal år for år: andel med mål ved første registrering,"
                      + " andel forbedringsmål helt eller delvist opfyldt, andel med forbedret"
                      + " VUM-score ved opfølgning, gns. dagspris (§107) og timer (§85) ved første"
                      + " registrering, og enhedsudgiften pr. helårsbruger. Registreringstal"
                      + " følger registreringens kalenderår, enhedsudgiften det år, ydelsen blev"
                      + " givet. En borger tæller én gang pr. år. År med for få borgere er"
                      + " diskretioneret og vises som et hul i kurven, ikke som nul.")
              .build(),
          ResultDataset.builder("need_against_cost", "Behov og udgift")
              .columns(
                  MUNICIPALITY,
                  serviceOverTime(),
                  count("users", "Brugere (n)"),
                  value("full_year_users", DOUBLE, "Helårsbrugere, alle år"),
                  value("mean_vum", DOUBLE, "Gns. VUM-score ved forløbets start"),
                  value("mean_vum_ci_low", DOUBLE, "Nedre 95 pct."),
                  value("mean_vum_ci_high", DOUBLE, "Øvre 95 pct."),
                  value("per_year", DOUBLE, "Pr. helårsbruger pr. år"),
                  value("per_year_ci_low", DOUBLE, "Nedre 95 pct."),
                  value("per_year_ci_high", DOUBLE, "Øvre 95 pct."),
                  value("per_month", DOUBLE, "Pr. helårsbruger pr. måned"),
                  value("per_month_ci_low", DOUBLE, "Nedre 95 pct."),
                  value("per_month_ci_high", DOUBLE, "Øvre 95 pct."))
              .group(
                  "users",
                  null,
                  "full_year_users",
                  "mean_vum",
                  "mean_vum_ci_low",
                  "mean_vum_ci_high",
                  "per_year",
                  "per_year_ci_low",
                  "per_year_ci_high",
                  "per_month",
                  "per_month_ci_low",
                  "per_month_ci_high")
              .title("Behov og udgift: følger indsatsen borgerens behov?")
              .description(
                  "For hele dataperioden: enhedsudgiften pr. helårsbruger (§107 kr., §85 timer)"
                      + " over for borgernes gennemsnitlige VUM-score ved forløbets start, vægtet"
                      + " med dagene, så begge tal beskriver de samme helårsbrugere. Kommuner med"
                      + " tungere borgere (højere VUM-score) forventes at bruge mere; en kommune,"
                      + " der ligger højt i udgift men lavt i VUM, giver mere end behovet alene"
                      + " forklarer. Løbende priser.")
              .build(),
          ResultDataset.builder("municipality_overview", "Data")
              .columns(
                  MUNICIPALITY,
                  count("cases", "Antal sager"),
                  value("registrations", LONG, "Antal registreringer"),
                  value("first_registration_date", DATE, "Første registrering"),
                  value("last_registration_date", DATE, "Seneste registrering"))
              .group(
                  "cases",
                  null,
                  "registrations",
                  "first_registration_date",
                  "last_registration_date")
              .title("Datagrundlag")
              .description(
                  "Antal sager og registreringer, kommunen har leveret, og den periode"
                      + " registreringerne dækker.")
              .build(),
          ResultDataset.builder("comparison_groups", "Sammenligningsgruppe")
              .columns(
                  MUNICIPALITY,
                  stage("peer_code", STRING, "Sammenligningskommune"),
                  value("rank", INT, "Nærmest nr."))
              .notPersonLevel()
              .title("Sammenligningsgrupper")
              .description(
                  "For hver kommune de kommuner, hvis sager ligner kommunens mest: nærmest i"
                      + " gennemsnitlig VUM-score og alder ved første registrering, andel sager"
                      + " efter §107 og antal sager (log), hver målt i standardafvigelser mellem"
                      + " kommunerne. Nr. 1 er den nærmeste. Gruppen er benchmarkrapportens"
                      + " standard; brugeren kan vælge en anden.")
              .build(),
          ResultDataset.builder("data_completeness", "Datakvalitet")
              .columns(
                  MUNICIPALITY,
                  category("column", STRING, "Felt"),
                  value("mandatory", ColumnType.BOOLEAN, "Obligatorisk"),
                  value("applicable_rows", LONG, "Rækker hvor feltet er relevant"),
                  value("filled_rows", LONG, "Udfyldte rækker"),
                  value("share_filled", DOUBLE, "Andel udfyldt"))
              .notPersonLevel()
              .title("Datakomplethed pr. felt")
              .description(
                  "Hvor stor en andel af de godkendte registreringer der har feltet udfyldt, blandt"
                      + " de registreringer hvor feltet er relevant (fx dagspris kun for §107)."
                      + " Obligatoriske felter er altid udfyldt i godkendte rækker; de valgfrie"
                      + " viser, hvad kommunen kan levere.")
              .build(),
          ResultDataset.builder("quarantine_summary", "Datakvalitet")
              .columns(
                  MUNICIPALITY,
                  category("rule", STRING, "Regel"),
                  category("column", STRING, "Felt"),
                  value("rows", LONG, "Afviste rækker"))
              .notPersonLevel()
              .ownMunicipalityOnly()
              .title("Afviste rækker fordelt efter årsag")
              .description(
                  "Rækker i leverancen, der ikke overholder leveranceformatet og derfor ikke indgår"
                      + " i analyserne, talt efter regel og felt. Hver række er afvist med den første"
                      + " regel, den brød; rettes fejlen og leveres filen igen, indgår rækken.")
              .build(),
          ResultDataset.builder("rejected_rows", "Datakvalitet")
              .columns(
                  MUNICIPALITY,
                  stage("source_file", STRING, "Fil"),
                  stage("source_line", LONG, "Linje"),
                  value("column", STRING, "Felt"),
                  value("rule", STRING, "Regel"))
              .notPersonLevel()
              .ownMunicipalityOnly()
              .title("Afviste rækker")
              .description(
                  "Kommunens egne afviste rækker: fil, linje, felt og regel, så rækken kan findes og"
                      + " rettes i kommunens eget system. Værdierne gengives ikke.")
              .build());

  /** All result datasets in report order. */
  public static List<ResultDataset> all() {
    return ALL;
  }

  public static Optional<ResultDataset> find(String name) {
    return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  public static ResultDataset byName(String name) {
    return find(name)
        .orElseThrow(() -> new NoSuchElementException("no result dataset named " + name));
  }

  /**
   * A distribution: persons per category, with the line total, the share and its 95% Wilson
   * interval.
   */
  private static ResultDataset.Builder distribution(String name, String figure, Column... dims) {
    ResultDataset.Builder b =
        ResultDataset.builder(name, figure).columns(MUNICIPALITY).columns(dims);
    return b.columns(
            count("cases", "Antal sager"),
            total("total", "I alt"),
            value("share", DOUBLE, "Andel"),
            value("share_ci_low", DOUBLE, "Nedre 95 pct."),
            value("share_ci_high", DOUBLE, "Øvre 95 pct."))
        .group("cases", null, "share", "share_ci_low", "share_ci_high");
  }

  /**
   * The service as a dimension of the datasets over time: a person can receive both services in a
   * year, and no dataset publishes persons across both, so the services' cells add up to no
   * published total (unlike {@link #SERVICE} at the first registration).
   */
  private static Column serviceOverTime() {
    return stage("service", STRING, "Ydelse");
  }

  /**
   * Means of price: as {@link #means}, the §107 daily price or the §85 hours (individual and
   * group), with the §85 individual hours' mean beside.
   */
  private static ResultDataset.Builder priceMeans(String name, String figure, Column... dims) {
    ResultDataset.Builder b =
        ResultDataset.builder(name, figure).columns(MUNICIPALITY).columns(dims);
    return b.columns(
            count("cases", "Antal sager"),
            value("mean", DOUBLE, "Gennemsnit"),
            value("median", DOUBLE, "Median"),
            value("mean_ci_low", DOUBLE, "Nedre 95 pct."),
            value("mean_ci_high", DOUBLE, "Øvre 95 pct."),
            value("mean_hours_individual", DOUBLE, "Gns. individuelle timer (§85)"))
        .group(
            "cases",
            null,
            "mean",
            "median",
            "mean_ci_low",
            "mean_ci_high",
            "mean_hours_individual");
  }

  /** Means: persons per cell, the mean, the median and the mean's 95% interval. */
  private static ResultDataset.Builder means(
      String name, String figure, String meanTitle, Column... dims) {
    ResultDataset.Builder b =
        ResultDataset.builder(name, figure).columns(MUNICIPALITY).columns(dims);
    return b.columns(
            count("cases", "Antal sager"),
            value("mean", DOUBLE, meanTitle),
            value("median", DOUBLE, "Median"),
            value("mean_ci_low", DOUBLE, "Nedre 95 pct."),
            value("mean_ci_high", DOUBLE, "Øvre 95 pct."))
        .group("cases", null, "mean", "median", "mean_ci_low", "mean_ci_high");
  }
}
