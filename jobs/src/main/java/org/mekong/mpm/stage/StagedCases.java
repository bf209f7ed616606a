package org.mekong.mpm.stage;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Staged cases: one row per validated case of an accepted submission, typed, with the fields the
 * indicators derive from it (restricted tier). Written by ingest, read by the journey stage.
 */
public final class StagedCases {
  private StagedCases() {}

  public static final String COUNTRY = "country";
  public static final String EXTRACT_DATE = "extract_date";
  public static final String LINKAGE_KEY_ID = "linkage_key_id";
  public static final String CASE_ID = "case_id";
  /** The case as one number ({@link CaseKey}): unique among the current submissions. */
  public static final String CASE_KEY = "case_key";
  public static final String PERSON_TOKEN = "person_token";
  public static final String SEX = "sex";
  public static final String AGE_AT_IDENTIFICATION = "age_at_identification";
  public static final String AGE_UNCERTAIN = "age_uncertain";
  public static final String PRESUMED_CHILD = "presumed_child";
  public static final String NATIONALITY = "nationality";
  public static final String CASE_TYPE = "case_type";
  public static final String COUNTRY_OF_EXPLOITATION = "country_of_exploitation";
  public static final String EXPLOITATION_TYPES = "exploitation_types";
  public static final String BILATERAL_REF = "bilateral_ref";
  /** CHILD, ADULT or UNKNOWN, under the presumption of childhood. */
  public static final String AGE_GROUP = "age_group";
  /** Nationality other than the reporting country (stateless counts as foreign, unknown does not). */
  public static final String IS_FOREIGN = "is_foreign";
  /** The case's line in cases.csv. */
  public static final String LINE = "line";

  public static final StructType SCHEMA = new StructType()
      .add(COUNTRY, DataTypes.StringType)
      .add(EXTRACT_DATE, DataTypes.DateType)
      .add(LINKAGE_KEY_ID, DataTypes.StringType)
      .add(CASE_ID, DataTypes.StringType)
      .add(CASE_KEY, DataTypes.LongType)
      .add(PERSON_TOKEN, DataTypes.StringType)
      .add(SEX, DataTypes.StringType)
      .add(AGE_AT_IDENTIFICATION, DataTypes.IntegerType)
      .add(AGE_UNCERTAIN, DataTypes.StringType)
      .add(PRESUMED_CHILD, DataTypes.StringType)
      .add(NATIONALITY, DataTypes.StringType)
      .add(CASE_TYPE, DataTypes.StringType)
      .add(COUNTRY_OF_EXPLOITATION, DataTypes.StringType)
      .add(EXPLOITATION_TYPES, DataTypes.createArrayType(DataTypes.StringType))
      .add(BILATERAL_REF, DataTypes.StringType)
      .add(AGE_GROUP, DataTypes.StringType)
      .add(IS_FOREIGN, DataTypes.BooleanType)
      .add(LINE, DataTypes.LongType);

  public static final TableContract CONTRACT = new TableContract("staged cases", SCHEMA);
}
