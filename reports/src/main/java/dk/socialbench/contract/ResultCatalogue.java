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
// The catalogue names nearly every column: all of them, rather than a hundred single imports.
import static dk.socialbench.contract.ResultColumns.*;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Every result dataset of a run, in the order of chapter 3 of the KL report (figure 2.1, then
 * 3.1–3.18), followed by the analyses beyond the report and the data-quality datasets.
 *
 * <p>This is the contract between the Spark jobs that write the datasets, and the server, reports
 * and notebooks that read them. Every dataset has {@code municipality_code} first, with {@link
 * Municipalities#ALL} for all municipalities together. Names come from {@link DatasetNames} and
 * {@link ResultColumns}, so that every module spells them through the same constants.
 */
public final class ResultCatalogue {
  private ResultCatalogue() {}

  static final Column MUNICIPALITY = category(ResultColumns.MUNICIPALITY_CODE, STRING, "Kommune");
  static final Column SERVICE = category(ResultColumns.SERVICE, STRING, "Ydelse");

  private static final List<ResultDataset> ALL =
      List.of(
          distribution(
                  DatasetNames.CASES_BY_REGISTRATIONS,
                  "2.1",
                  stage(MIN_REGISTRATIONS, INT, "Mindst antal registreringer"))
              .title("Antal sager fordelt efter antal registreringer")
              .description(
                  "Hvor mange sager der har mindst 1, 2, 3 ... registreringer. Søjlen for 'mindst 2'"
                      + " er de sager, hvor borgerens udvikling kan følges fra én registrering til"
                      + " den næste. Andelen er af alle kommunens sager.")
              .build(),
          distribution(
                  DatasetNames.GOALS_SET,
                  "3.1",
                  category(GOALS_SET, STRING, "Mål sat ved 1. registrering"))
              .title("Er der sat mål for borgerens udvikling ved første registrering?")
              .description(
                  "Andelen af sager, hvor der ved første registrering er sat mål for borgerens"
                      + " udvikling. Intervallet viser den statistiske usikkerhed (95 pct.): jo"
                      + " færre sager, jo bredere interval.")
              .build(),
          distribution(DatasetNames.GOAL_TYPE, "3.2", category(GOAL_TYPE, STRING, "Måltype"))
              .title("Målsætning ved første registrering")
              .description(
                  "Fordelingen af måltyper blandt de sager, hvor der er sat mål ved første"
                      + " registrering: forbedring, status quo eller begrænset forværring.")
              .build(),
          ResultDataset.builder(DatasetNames.VUM_AND_TARGET, "3.3")
              .columns(
                  MUNICIPALITY,
                  count(CASES, "Antal sager"),
                  value(MEAN_VUM, DOUBLE, "Gns. VUM-score"),
                  value(MEAN_VUM_CI_LOW, DOUBLE, "Nedre 95 pct."),
                  value(MEAN_VUM_CI_HIGH, DOUBLE, "Øvre 95 pct."),
                  count(TARGET_CASES, "Sager med VUM-mål"),
                  value(MEAN_VUM_OF_TARGET_CASES, DOUBLE, "Gns. VUM-score, sager med mål"),
                  value(MEAN_VUM_TARGET, DOUBLE, "Gns. VUM-mål"),
                  value(MEAN_VUM_TARGET_CI_LOW, DOUBLE, "Nedre 95 pct."),
                  value(MEAN_VUM_TARGET_CI_HIGH, DOUBLE, "Øvre 95 pct."))
              .group(CASES, null, MEAN_VUM, MEAN_VUM_CI_LOW, MEAN_VUM_CI_HIGH)
              .group(
                  TARGET_CASES,
                  null,
                  MEAN_VUM_OF_TARGET_CASES,
                  MEAN_VUM_TARGET,
                  MEAN_VUM_TARGET_CI_LOW,
                  MEAN_VUM_TARGET_CI_HIGH)
              .title("Gns. VUM-score ved første registrering og i målsætningen")
              .description(
                  "Den gennemsnitlige VUM-score ved første registrering (0 = intet problem, 4 ="
                      + " fuldstændigt problem) og, for sager med et VUM-mål, den gennemsnitlige"
                      + " målsatte score. Et mål under den nuværende score betyder, at kommunen"
                      + " forventer en bedre funktionsevne.")
              .build(),
          distribution(
                  DatasetNames.VUM_DEVELOPMENT,
                  "3.4–3.5",
                  stage(FROM_REGISTRATION, INT, "Fra registrering"),
                  category(VUM_FROM, DOUBLE, "VUM-score ved registreringen"),
                  category(DIRECTION, STRING, "Udvikling til næste registrering"))
              .title("Udvikling i VUM-score fra én registrering til den næste")
              .description(
                  "For sager med en given VUM-score ved registrering k: hvor mange fik en lavere"
                      + " (bedre) score ved registrering k+1, den samme, en højere (dårligere),"
                      + " eller har endnu ingen næste registrering. Figur 3.4 i KL's rapport er"
                      + " k = 1, figur 3.5 er k = 2.")
              .build(),
          distribution(
                  DatasetNames.FUNDING_BASIS,
                  "3.6",
                  category(FUNDING_BASIS, STRING, "Forsørgelsesgrundlag"))
              .title("Fordeling af forsørgelsesgrundlag")
              .description(
                  "Borgernes forsørgelsesgrundlag ved første registrering. 'Ikke oplyst' er sager,"
                      + " hvor kommunen ikke har indberettet feltet, som ikke er obligatorisk.")
              .build(),
          means(
                  DatasetNames.VUM_BY_FUNDING_BASIS,
                  "3.7",
                  "Gns. VUM-score",
                  category(FUNDING_BASIS, STRING, "Forsørgelsesgrundlag"))
              .title("Gns. VUM-score fordelt på forsørgelsesgrundlag, første registrering")
              .description(
                  "Den gennemsnitlige VUM-score ved første registrering for hvert"
                      + " forsørgelsesgrundlag. Overlappende intervaller betyder, at forskellen"
                      + " ikke kan skelnes fra tilfældig variation.")
              .build(),
          means(
                  DatasetNames.FOLLOW_UP_INTERVAL,
                  "3.8",
                  "Gns. antal måneder",
                  stage(REGISTRATION_NUMBER, INT, "Registrering"))
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
                  DatasetNames.GOAL_FULFILMENT,
                  "3.9–3.10",
                  stage(FROM_REGISTRATION, INT, "Mål sat ved registrering"),
                  category(GOAL_TYPE, STRING, "Måltype"),
                  category(FULFILMENT, STRING, "Målopfyldelse ved næste registrering"))
              .title("Målopfyldelse fra én registrering til den næste")
              .description(
                  "For mål sat ved registrering k: om målet ved registrering k+1 var helt, delvist"
                      + " eller ikke opfyldt, opdelt på måltype. Figur 3.9 i KL's rapport er k ="
                      + " 1, figur 3.10 er k = 2. 'Alle registreringer' samler målene fra alle k;"
                      + " her tælles mål, ikke borgere.")
              .build(),
          distribution(
                  DatasetNames.IMPROVEMENT_GOAL_FULFILMENT,
                  "3.11",
                  category(FULFILLED, STRING, "Helt eller delvist opfyldt"))
              .title("Målopfyldelse fra 1. til 2. registrering – mål om bedre funktionsevne")
              .description(
                  "Andelen af mål om forbedret funktionsevne sat ved første registrering, som ved"
                      + " anden registrering var helt eller delvist opfyldt. Målenes"
                      + " ambitionsniveau kan variere mellem kommuner; forskelle siger derfor ikke"
                      + " alene noget om indsatsens effekt.")
              .build(),
          distribution(
                  DatasetNames.FOLLOW_UP_INITIATOR,
                  "3.12",
                  stage(REGISTRATION_NUMBER, INT, "Registrering"),
                  category(INITIATOR, STRING, "Initiativtager"))
              .title("Initiativtager til opfølgning")
              .description(
                  "Hvem der tog initiativ til opfølgningen ved registrering k: myndighed, udfører,"
                      + " borger eller andet. Alle registreringer, kommunen har angivet som"
                      + " opfølgning, tæller med, også en første registrering, der følger op på en"
                      + " tidligere visitation. 'Alle registreringer' samler opfølgningerne fra alle"
                      + " k; her tælles opfølgninger, ikke borgere.")
              .build(),
          priceMeans(
                  DatasetNames.PRICE_BY_VUM,
                  "3.13",
                  SERVICE,
                  category(VUM_SCORE, DOUBLE, "VUM-score ved første registrering"))
              .title("Gns. dagspris (§107) og gns. timer pr. måned (§85) fordelt efter VUM-score")
              .description(
                  "For §107 den gennemsnitlige dagspris i kr., for §85 det gennemsnitlige antal"
                      + " støttetimer pr. måned (individuelle timer og timer i gruppe tilsammen;"
                      + " de individuelle timer står ved siden af), efter VUM-score ved første"
                      + " registrering. Få sager giver brede intervaller; se især VUM-score 4.")
              .build(),
          priceMeans(
                  DatasetNames.PRICE_BY_AGE,
                  "3.14",
                  SERVICE,
                  category(AGE_GROUP, STRING, "Aldersgruppe"))
              .title("Indsats efter §107 og §85 fordelt efter alder")
              .description(
                  "Gns. dagspris (§107) og gns. timer pr. måned (§85, individuelt og i gruppe)"
                      + " for borgere under 40 år og borgere på 40 år og derover ved første"
                      + " registrering. Opdelingen efter alder vises kun for hele landet; hver"
                      + " kommune vises for alle aldre samlet, fordi en aldersgruppe i en kommune"
                      + " ofte har så få borgere, at deres gennemsnit kunne regnes ud.")
              .build(),
          priceMeans(
                  DatasetNames.PRICE_BY_TARGET_GROUP,
                  "3.15",
                  SERVICE,
                  category(TARGET_GROUP, STRING, "Målgruppe"))
              .title("Indsats efter §107 og §85 fordelt efter målgruppe")
              .description(
                  "Gns. dagspris (§107) og gns. timer pr. måned (§85, individuelt og i gruppe)"
                      + " efter målgruppe ved første registrering. Psykisk funktionsnedsættelse er en overligger til"
                      + " intellektuel/kognitiv og sindslidelse; kommunerne indberetter på"
                      + " forskelligt niveau.")
              .build(),
          priceMeans(DatasetNames.PRICE_BY_MUNICIPALITY, "3.16", SERVICE)
              .title("Gennemsnitspris (§107) og gennemsnitligt antal timer (§85) pr. kommune")
              .description(
                  "Gns. dagspris (§107) og gns. timer pr. måned (§85, individuelt og i gruppe)"
                      + " ved første registrering. Figuren tager ikke højde for forskelle i"
                      + " borgernes VUM-score og alder; det gør det case-mix-justerede benchmark.")
              .build(),
          distribution(
                  DatasetNames.PRICE_CHANGE_BY_FULFILMENT,
                  "3.17",
                  category(GOAL_FULFILLED, STRING, "Mål opfyldt"),
                  category(CHANGE, STRING, "Udvikling i pris/timer"))
              .title("Udvikling i pris og timer fra 1. til 2. registrering efter målopfyldelse")
              .description(
                  "Sager med mål om forbedret funktionsevne ved første registrering: om dagsprisen"
                      + " (§107) eller timetallet (§85) ved anden registrering var lavere, uændret"
                      + " eller højere, for sager hvor målet var helt eller delvist opfyldt og for"
                      + " sager hvor det ikke var.")
              .build(),
          distribution(
                  DatasetNames.PRICE_CHANGE_BY_SERVICE,
                  "3.18",
                  SERVICE,
                  category(GOAL_FULFILLED, STRING, "Mål opfyldt"),
                  category(CHANGE, STRING, "Udvikling i pris/timer"))
              .title("Udvikling i pris (§107) og timer (§85) efter målopfyldelse og ydelse")
              .description(
                  "Som figur 3.17, opdelt på §85 og §107. Timetallet i eget hjem er lettere at"
                      + " tilpasse end prisen på en midlertidig boligplacering.")
              .build(),
          ResultDataset.builder(DatasetNames.CASEMIX_BENCHMARK, "Case-mix")
              .columns(
                  MUNICIPALITY,
                  SERVICE,
                  count(CASES, "Antal sager"),
                  value(ACTUAL_MEAN, DOUBLE, "Faktisk gennemsnit"),
                  value(EXPECTED_MEAN, DOUBLE, "Forventet gennemsnit"),
                  value(RATIO, DOUBLE, "Faktisk/forventet"),
                  value(RATIO_CI_LOW, DOUBLE, "Nedre 95 pct."),
                  value(RATIO_CI_HIGH, DOUBLE, "Øvre 95 pct."),
                  value(PRECISION, DOUBLE, "Præcision"),
                  value(SHRUNKEN_RATIO, DOUBLE, "Udjævnet faktisk/forventet"),
                  value(SHRUNKEN_CI_LOW, DOUBLE, "Nedre 95 pct., udjævnet"),
                  value(SHRUNKEN_CI_HIGH, DOUBLE, "Øvre 95 pct., udjævnet"))
              .group(
                  CASES,
                  null,
                  ACTUAL_MEAN,
                  EXPECTED_MEAN,
                  RATIO,
                  RATIO_CI_LOW,
                  RATIO_CI_HIGH,
                  PRECISION,
                  SHRUNKEN_RATIO,
                  SHRUNKEN_CI_LOW,
                  SHRUNKEN_CI_HIGH)
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
          ResultDataset.builder(DatasetNames.CASEMIX_FUNNEL, "Case-mix")
              .columns(
                  MUNICIPALITY,
                  SERVICE,
                  stage(POINT, INT, "Punkt"),
                  value(PRECISION, DOUBLE, "Præcision"),
                  value(LIMIT_95_LOW, DOUBLE, "Nedre 95 pct.-grænse"),
                  value(LIMIT_95_HIGH, DOUBLE, "Øvre 95 pct.-grænse"),
                  value(LIMIT_998_LOW, DOUBLE, "Nedre 99,8 pct.-grænse"),
                  value(LIMIT_998_HIGH, DOUBLE, "Øvre 99,8 pct.-grænse"),
                  value(MUNICIPALITIES, LONG, "Antal kommuner"),
                  value(PHI, DOUBLE, "Overspredning (φ)"),
                  value(TAU2, DOUBLE, "Variation mellem kommuner (τ²)"))
              .notPersonLevel()
              .title("Tragtplot for det case-mix-justerede benchmark")
              .description(
                  "Kontrolgrænserne omkring 1 for forholdet faktisk/forventet: en kommune med en"
                      + " given præcision (flere sager giver højere præcision) ligger inden for 95"
                      + " pct.-grænserne i 95 pct. af tilfældene og inden for 99,8 pct.-grænserne i"
                      + " 99,8 pct., hvis den arbejder som de øvrige kommuner. Grænserne er udvidet"
                      + " med den variation mellem kommunerne, som tilfældighed ikke forklarer.")
              .build(),
          ResultDataset.builder(DatasetNames.PROGRESSION_BY_PRICE, "Progression")
              .columns(
                  MUNICIPALITY,
                  SERVICE,
                  count(CASES, "Antal sager"),
                  value(MEAN_PRICE, DOUBLE, "Gns. pris/timer"),
                  value(MEAN_PRICE_CI_LOW, DOUBLE, "Nedre 95 pct."),
                  value(MEAN_PRICE_CI_HIGH, DOUBLE, "Øvre 95 pct."),
                  count(GOAL_CASES, "Sager med forbedringsmål fulgt op"),
                  count(GOALS_FULFILLED, "Mål helt eller delvist opfyldt"),
                  value(GOALS_FULFILLED_SHARE, DOUBLE, "Andel mål opfyldt"),
                  value(GOALS_FULFILLED_CI_LOW, DOUBLE, "Nedre 95 pct."),
                  value(GOALS_FULFILLED_CI_HIGH, DOUBLE, "Øvre 95 pct."),
                  count(VUM_CASES, "Sager med 2. registrering"),
                  count(VUM_IMPROVED, "Forbedret VUM-score"),
                  value(VUM_IMPROVED_SHARE, DOUBLE, "Andel forbedret VUM"),
                  value(VUM_IMPROVED_CI_LOW, DOUBLE, "Nedre 95 pct."),
                  value(VUM_IMPROVED_CI_HIGH, DOUBLE, "Øvre 95 pct."))
              .group(CASES, null, MEAN_PRICE, MEAN_PRICE_CI_LOW, MEAN_PRICE_CI_HIGH)
              .group(
                  GOAL_CASES,
                  GOALS_FULFILLED,
                  GOALS_FULFILLED_SHARE,
                  GOALS_FULFILLED_CI_LOW,
                  GOALS_FULFILLED_CI_HIGH)
              .group(
                  VUM_CASES,
                  VUM_IMPROVED,
                  VUM_IMPROVED_SHARE,
                  VUM_IMPROVED_CI_LOW,
                  VUM_IMPROVED_CI_HIGH)
              .title("Progression i forhold til pris")
              .description(
                  "Nøgletallet KL's rapport kalder det egentligt interessante: hvor meget"
                      + " progression en indsats skaber i forhold til prisen. For hver ydelse:"
                      + " gns. pris/timer ved første registrering, andelen af forbedringsmål der"
                      + " var helt eller delvist opfyldt ved anden registrering, og andelen af"
                      + " sager med forbedret VUM-score fra første til anden registrering.")
              .build(),
          ResultDataset.builder(DatasetNames.ACTIVITY_BY_YEAR, "Aktivitet")
              .columns(
                  MUNICIPALITY,
                  serviceOverTime(),
                  stage(YEAR, INT, "År"),
                  value(FULL_YEAR_USERS, DOUBLE, "Helårsbrugere"),
                  count(UNIQUE_USERS, "Unikke brugere"),
                  count(USERS_DEC31, "Brugere pr. 31.12."))
              .group(UNIQUE_USERS, null, FULL_YEAR_USERS)
              .group(USERS_DEC31, null)
              .title("Helårsbrugere, unikke brugere og brugere pr. 31. december")
              .description(
                  "Antal borgere, der modtager ydelsen, opgjort på tre måder som i KORA's"
                      + " rapport om enhedsudgifter (2017): helårsbrugere (dage med ydelsen i året"
                      + " divideret med årets dage, så en borger hele året tæller 1 og et halvt år"
                      + " 0,5), unikke brugere (borgere med mindst én dag i året) og brugere den 31."
                      + " december. En ydelse løber fra registreringen til dagen før næste"
                      + " registrering, sagens afslutning eller dataperiodens slutning. Kun hele"
                      + " kalenderår i dataperioden; de tidligste år omfatter kun de sager,"
                      + " kommunen har leveret, og viser derfor færre brugere. Antal brugere er"
                      + " ændret tilfældigt som alle antal i rapporten, og helårsbrugerne er"
                      + " skaleret med samme forhold som de unikke brugere, så helårsbrugere aldrig"
                      + " afslører det præcise antal brugere.")
              .build(),
          ResultDataset.builder(DatasetNames.UNIT_COST_BY_YEAR, "Enhedsudgift")
              .columns(
                  MUNICIPALITY,
                  serviceOverTime(),
                  stage(YEAR, INT, "År"),
                  count(USERS, "Brugere i året (n)"),
                  value(FULL_YEAR_USERS, DOUBLE, "Helårsbrugere"),
                  value(AMOUNT, DOUBLE, "I alt (kr. for §107, timer for §85)"),
                  value(PER_YEAR, DOUBLE, "Pr. helårsbruger pr. år"),
                  value(PER_YEAR_CI_LOW, DOUBLE, "Nedre 95 pct."),
                  value(PER_YEAR_CI_HIGH, DOUBLE, "Øvre 95 pct."),
                  value(PER_MONTH, DOUBLE, "Pr. helårsbruger pr. måned"),
                  value(PER_MONTH_CI_LOW, DOUBLE, "Nedre 95 pct."),
                  value(PER_MONTH_CI_HIGH, DOUBLE, "Øvre 95 pct."))
              .group(
                  USERS,
                  null,
                  FULL_YEAR_USERS,
                  AMOUNT,
                  PER_YEAR,
                  PER_YEAR_CI_LOW,
                  PER_YEAR_CI_HIGH,
                  PER_MONTH,
                  PER_MONTH_CI_LOW,
                  PER_MONTH_CI_HIGH)
              .title("Enhedsudgifter pr. helårsbruger år for år")
              .description(
                  "For §107 den skønnede udgift (dagspris gange dage) og for §85 antal timer"
                      + " (timer pr. måned gange måneder), i alt og pr. helårsbruger pr. år og pr."
                      + " måned. Priserne er løbende (nominelle) kroner, ikke pris- og"
                      + " lønreguleret. Udgiften er beregnet ud fra de registrerede dagspriser,"
                      + " ikke fra regnskabet. Intervallet er et 95 pct.-konfidensinterval med"
                      + " borgerne som enheder. Udgiften i alt og helårsbrugerne er skaleret med"
                      + " samme forhold som det offentliggjorte (tilfældigt ændrede) antal brugere;"
                      + " udgiften pr. helårsbruger er derfor uændret.")
              .build(),
          ResultDataset.builder(DatasetNames.DEVELOPMENT_BY_YEAR, "Udvikling")
              .columns(
                  MUNICIPALITY,
                  stage(KEY_FIGURE, STRING, "Nøgletal"),
                  stage(YEAR, INT, "År"),
                  count(PERSONS, "Personer (n)"),
                  count(PERSONS_WITH, "Heraf med udfaldet"),
                  value(VALUE, DOUBLE, "Værdi"),
                  value(VALUE_CI_LOW, DOUBLE, "Nedre 95 pct."),
                  value(VALUE_CI_HIGH, DOUBLE, "Øvre 95 pct."))
              .group(PERSONS, PERSONS_WITH, VALUE, VALUE_CI_LOW, VALUE_CI_HIGH)
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
          ResultDataset.builder(DatasetNames.NEED_AGAINST_COST, "Behov og udgift")
              .columns(
                  MUNICIPALITY,
                  serviceOverTime(),
                  count(USERS, "Brugere (n)"),
                  value(FULL_YEAR_USERS, DOUBLE, "Helårsbrugere, alle år"),
                  value(MEAN_VUM, DOUBLE, "Gns. VUM-score ved forløbets start"),
                  value(MEAN_VUM_CI_LOW, DOUBLE, "Nedre 95 pct."),
                  value(MEAN_VUM_CI_HIGH, DOUBLE, "Øvre 95 pct."),
                  value(PER_YEAR, DOUBLE, "Pr. helårsbruger pr. år"),
                  value(PER_YEAR_CI_LOW, DOUBLE, "Nedre 95 pct."),
                  value(PER_YEAR_CI_HIGH, DOUBLE, "Øvre 95 pct."),
                  value(PER_MONTH, DOUBLE, "Pr. helårsbruger pr. måned"),
                  value(PER_MONTH_CI_LOW, DOUBLE, "Nedre 95 pct."),
                  value(PER_MONTH_CI_HIGH, DOUBLE, "Øvre 95 pct."))
              .group(
                  USERS,
                  null,
                  FULL_YEAR_USERS,
                  MEAN_VUM,
                  MEAN_VUM_CI_LOW,
                  MEAN_VUM_CI_HIGH,
                  PER_YEAR,
                  PER_YEAR_CI_LOW,
                  PER_YEAR_CI_HIGH,
                  PER_MONTH,
                  PER_MONTH_CI_LOW,
                  PER_MONTH_CI_HIGH)
              .title("Behov og udgift: følger indsatsen borgerens behov?")
              .description(
                  "For hele dataperioden: enhedsudgiften pr. helårsbruger (§107 kr., §85 timer)"
                      + " over for borgernes gennemsnitlige VUM-score ved forløbets start, vægtet"
                      + " med dagene, så begge tal beskriver de samme helårsbrugere. Kommuner med"
                      + " tungere borgere (højere VUM-score) forventes at bruge mere; en kommune,"
                      + " der ligger højt i udgift men lavt i VUM, giver mere end behovet alene"
                      + " forklarer. Løbende priser. Helårsbrugerne er skaleret med samme forhold"
                      + " som det offentliggjorte (tilfældigt ændrede) antal brugere.")
              .build(),
          ResultDataset.builder(DatasetNames.MUNICIPALITY_OVERVIEW, "Data")
              .columns(
                  MUNICIPALITY,
                  count(CASES, "Antal sager"),
                  count(REGISTRATIONS, "Antal registreringer"),
                  value(FIRST_REGISTRATION_DATE, DATE, "Første registrering"),
                  value(LAST_REGISTRATION_DATE, DATE, "Seneste registrering"))
              .group(CASES, null, FIRST_REGISTRATION_DATE, LAST_REGISTRATION_DATE)
              .title("Datagrundlag")
              .description(
                  "Antal sager og registreringer, kommunen har leveret, og den periode"
                      + " registreringerne dækker.")
              .build(),
          ResultDataset.builder(DatasetNames.COMPARISON_GROUPS, "Sammenligningsgruppe")
              .columns(
                  MUNICIPALITY,
                  stage(PEER_CODE, STRING, "Sammenligningskommune"),
                  value(RANK, INT, "Nærmest nr."))
              .notPersonLevel()
              .title("Sammenligningsgrupper")
              .description(
                  "For hver kommune de kommuner, hvis sager ligner kommunens mest: nærmest i"
                      + " gennemsnitlig VUM-score og alder ved første registrering, andel sager"
                      + " efter §107 og antal sager (log), hver målt i standardafvigelser mellem"
                      + " kommunerne. Nr. 1 er den nærmeste. Gruppen er benchmarkrapportens"
                      + " standard; brugeren kan vælge en anden.")
              .build(),
          ResultDataset.builder(DatasetNames.DATA_COMPLETENESS, "Datakvalitet")
              .columns(
                  MUNICIPALITY,
                  category(COLUMN, STRING, "Felt"),
                  value(MANDATORY, ColumnType.BOOLEAN, "Obligatorisk"),
                  value(APPLICABLE_ROWS, LONG, "Rækker hvor feltet er relevant"),
                  value(FILLED_ROWS, LONG, "Udfyldte rækker"),
                  value(SHARE_FILLED, DOUBLE, "Andel udfyldt"))
              .notPersonLevel()
              // Exact registrations (a mandatory field's applicable rows are all of them) would
              // take the noise off the perturbed counts: published as shares only.
              .restrictedOnly(APPLICABLE_ROWS, FILLED_ROWS)
              .title("Datakomplethed pr. felt")
              .description(
                  "Hvor stor en andel af de godkendte registreringer der har feltet udfyldt, blandt"
                      + " de registreringer hvor feltet er relevant (fx dagspris kun for §107)."
                      + " Obligatoriske felter er altid udfyldt i godkendte rækker; de valgfrie"
                      + " viser, hvad kommunen kan levere.")
              .build(),
          ResultDataset.builder(DatasetNames.QUARANTINE_SUMMARY, "Datakvalitet")
              .columns(
                  MUNICIPALITY,
                  category(RULE, STRING, "Regel"),
                  category(COLUMN, STRING, "Felt"),
                  value(ROWS, LONG, "Afviste rækker"))
              .notPersonLevel()
              .ownMunicipalityOnly()
              .title("Afviste rækker fordelt efter årsag")
              .description(
                  "Rækker i leverancen, der ikke overholder leveranceformatet og derfor ikke indgår"
                      + " i analyserne, talt efter regel og felt. Hver række er afvist med den første"
                      + " regel, den brød; rettes fejlen og leveres filen igen, indgår rækken.")
              .build(),
          ResultDataset.builder(DatasetNames.REJECTED_ROWS, "Datakvalitet")
              .columns(
                  MUNICIPALITY,
                  stage(SOURCE_FILE, STRING, "Fil"),
                  stage(SOURCE_LINE, LONG, "Linje"),
                  value(COLUMN, STRING, "Felt"),
                  value(RULE, STRING, "Regel"))
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
            count(CASES, "Antal sager"),
            total(TOTAL, "I alt"),
            value(SHARE, DOUBLE, "Andel"),
            value(SHARE_CI_LOW, DOUBLE, "Nedre 95 pct."),
            value(SHARE_CI_HIGH, DOUBLE, "Øvre 95 pct."))
        .group(CASES, null, SHARE, SHARE_CI_LOW, SHARE_CI_HIGH);
  }

  /**
   * The service as a dimension of the datasets over time: a person can receive both services in a
   * year, and no dataset publishes persons across both, so the services' cells add up to no
   * published total (unlike {@link #SERVICE} at the first registration).
   */
  private static Column serviceOverTime() {
    return stage(ResultColumns.SERVICE, STRING, "Ydelse");
  }

  /**
   * Means of price: as {@link #means}, the §107 daily price or the §85 hours (individual and
   * group), with the §85 individual hours' mean beside.
   */
  private static ResultDataset.Builder priceMeans(String name, String figure, Column... dims) {
    ResultDataset.Builder b =
        ResultDataset.builder(name, figure).columns(MUNICIPALITY).columns(dims);
    return b.columns(
            count(CASES, "Antal sager"),
            value(MEAN, DOUBLE, "Gennemsnit"),
            value(MEDIAN, DOUBLE, "Median"),
            value(MEAN_CI_LOW, DOUBLE, "Nedre 95 pct."),
            value(MEAN_CI_HIGH, DOUBLE, "Øvre 95 pct."),
            value(MEAN_HOURS_INDIVIDUAL, DOUBLE, "Gns. individuelle timer (§85)"))
        .group(CASES, null, MEAN, MEDIAN, MEAN_CI_LOW, MEAN_CI_HIGH, MEAN_HOURS_INDIVIDUAL);
  }

  /** Means: persons per cell, the mean, the median and the mean's 95% interval. */
  private static ResultDataset.Builder means(
      String name, String figure, String meanTitle, Column... dims) {
    ResultDataset.Builder b =
        ResultDataset.builder(name, figure).columns(MUNICIPALITY).columns(dims);
    return b.columns(
            count(CASES, "Antal sager"),
            value(MEAN, DOUBLE, meanTitle),
            value(MEDIAN, DOUBLE, "Median"),
            value(MEAN_CI_LOW, DOUBLE, "Nedre 95 pct."),
            value(MEAN_CI_HIGH, DOUBLE, "Øvre 95 pct."))
        .group(CASES, null, MEAN, MEDIAN, MEAN_CI_LOW, MEAN_CI_HIGH);
  }
}
