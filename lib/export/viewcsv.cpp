#include "export/viewcsv.h"

#include "export/modelcsv.h"
#include "models/claimlistmodel.h"
#include "models/coveragemodels.h"
#include "models/drugsmodel.h"
#include "models/drugssortmodel.h"
#include "models/patientmodel.h"

namespace bb::exporting {

QString drugsCsv(const QList<fhir::Claim> &claims, const models::ClaimFilter &filter)
{
    models::ClaimListModel list;
    list.appendClaims(claims);
    models::DrugsModel drugs;
    drugs.setSourceModel(&list);
    drugs.setFilter(filter);
    // What the Drugs tab puts between the model and its tree, sorted as the tab opens.
    models::DrugsSortModel sorted;
    sorted.setSourceModel(&drugs);
    sorted.sort(
        models::DrugsSortModel::defaultSortColumn, models::DrugsSortModel::defaultSortOrder);
    ModelCsvOptions options;
    options.includeChildren = true;
    return modelCsv(&sorted, options);
}

QString coverageCsv(const QList<fhir::Coverage> &coverages)
{
    models::CoverageModel model;
    model.setCoverages(coverages);
    return modelCsv(&model);
}

QString patientCsv(const fhir::Patient *patient, bool notShared)
{
    models::PatientModel model;
    if (notShared)
        model.setNotShared();
    else if (patient)
        model.setPatient(*patient);
    return modelCsv(&model);
}

} // namespace bb::exporting
