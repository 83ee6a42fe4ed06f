namespace BriefingGen.Model;

public enum DatePrecision
{
    Year,
    Month,
    Day,
}
