package jp.hataraku.jobs.internal.pages;

import java.util.Comparator;
import java.util.stream.Collectors;

import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.JobSummary;

/** A job's details as typed on the form (every value a string, so that nothing typed is lost). */
public class JobForm {

    private String clientId = "";
    private String title = "";
    private String workKind = "";
    private String mode = "POOL";
    private String description = "";
    private String deliverableFormat = "";
    private String dueDate = "";
    private String priceModel = "PER_UNIT";
    private String clientUnitPrice = "";
    private String rewardModel = "PER_UNIT";
    private String rewardYen = "";
    private String qualifications = "";
    private String confidentiality = "CONFIDENTIAL";
    private String overlap = "1";
    private String goldRatePercent = "0";
    private String leaseMinutes = "30";
    private String qualityThreshold = "0";
    private String dailyCap = "";
    private String aql = "";
    private String directorAccountId = "";
    private String version = "";

    static JobForm of(JobSummary job) {
        JobDetails d = job.details();
        JobForm f = new JobForm();
        f.clientId = String.valueOf(d.clientId());
        f.title = d.title();
        f.workKind = d.workKind().name();
        f.mode = d.mode().name();
        f.description = d.description();
        f.deliverableFormat = d.deliverableFormat();
        f.dueDate = d.dueDate().toString();
        f.priceModel = d.priceModel().name();
        f.clientUnitPrice = String.valueOf(d.clientUnitPrice());
        f.rewardModel = d.reward().model().name();
        f.rewardYen = String.valueOf(d.reward().yen());
        f.qualifications = d.qualifications().stream().sorted(Comparator.naturalOrder())
                .collect(Collectors.joining("\n"));
        f.confidentiality = d.confidentiality().name();
        f.overlap = String.valueOf(d.overlap());
        f.goldRatePercent = String.valueOf(d.goldRatePercent());
        f.leaseMinutes = String.valueOf(d.leaseMinutes());
        f.qualityThreshold = String.valueOf(d.qualityThreshold());
        f.dailyCap = d.dailyCap().map(String::valueOf).orElse("");
        f.aql = d.aql().orElse("");
        f.directorAccountId = d.directorAccountId().map(String::valueOf).orElse("");
        f.version = String.valueOf(job.version());
        return f;
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }

    public String getClientId() { return clientId; }
    public void setClientId(String v) { clientId = s(v); }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = s(v); }
    public String getWorkKind() { return workKind; }
    public void setWorkKind(String v) { workKind = s(v); }
    public String getMode() { return mode; }
    public void setMode(String v) { mode = s(v); }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = s(v); }
    public String getDeliverableFormat() { return deliverableFormat; }
    public void setDeliverableFormat(String v) { deliverableFormat = s(v); }
    public String getDueDate() { return dueDate; }
    public void setDueDate(String v) { dueDate = s(v); }
    public String getPriceModel() { return priceModel; }
    public void setPriceModel(String v) { priceModel = s(v); }
    public String getClientUnitPrice() { return clientUnitPrice; }
    public void setClientUnitPrice(String v) { clientUnitPrice = s(v); }
    public String getRewardModel() { return rewardModel; }
    public void setRewardModel(String v) { rewardModel = s(v); }
    public String getRewardYen() { return rewardYen; }
    public void setRewardYen(String v) { rewardYen = s(v); }
    public String getQualifications() { return qualifications; }
    public void setQualifications(String v) { qualifications = s(v); }
    public String getConfidentiality() { return confidentiality; }
    public void setConfidentiality(String v) { confidentiality = s(v); }
    public String getOverlap() { return overlap; }
    public void setOverlap(String v) { overlap = s(v); }
    public String getGoldRatePercent() { return goldRatePercent; }
    public void setGoldRatePercent(String v) { goldRatePercent = s(v); }
    public String getLeaseMinutes() { return leaseMinutes; }
    public void setLeaseMinutes(String v) { leaseMinutes = s(v); }
    public String getQualityThreshold() { return qualityThreshold; }
    public void setQualityThreshold(String v) { qualityThreshold = s(v); }
    public String getDailyCap() { return dailyCap; }
    public void setDailyCap(String v) { dailyCap = s(v); }
    public String getAql() { return aql; }
    public void setAql(String v) { aql = s(v); }
    public String getDirectorAccountId() { return directorAccountId; }
    public void setDirectorAccountId(String v) { directorAccountId = s(v); }
    public String getVersion() { return version; }
    public void setVersion(String v) { version = s(v); }
}
