<%@include file="/libs/sling-cms/global.jsp"%><%--
  The form for one initiative: create (no suffix) or edit (suffix = the initiative's path). After a refused save the
  servlet renders this again with what was typed and a message at each field.
  Model: nl.samenwerkingskaart.initiatives.web.models.InitiativeFormModel.
--%><sling:adaptTo adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.InitiativeFormModel" var="model" /><sling:adaptTo adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.ConsoleActions" var="actions" />
<link rel="stylesheet" href="/static/samenwerking/vendor/leaflet/leaflet.css" />
<link rel="stylesheet" href="/static/samenwerking/cms/console.css" />
<div class="swk-console">
<c:choose>
<c:when test="${model.notFound}">
    <h1 class="title"><fmt:message key="swk.console.form.notFoundTitle" var="t" />${sling:encode(t,'HTML')}</h1>
    <p><fmt:message key="swk.console.form.notFound" var="t" />${sling:encode(t,'HTML')}</p>
    <p><a class="button" href="${sling:encode(actions.listUrl,'HTML_ATTR')}"><fmt:message key="swk.console.form.backToList" var="t" />${sling:encode(t,'HTML')}</a></p>
</c:when>
<c:otherwise>
    <fmt:message key="swk.console.form.breadcrumb" var="crumbLabel" />
    <nav class="breadcrumb" aria-label="${sling:encode(crumbLabel,'HTML_ATTR')}">
        <ul>
            <li><a href="${sling:encode(actions.listUrl,'HTML_ATTR')}"><fmt:message key="swk.console.list.title" var="t" />${sling:encode(t,'HTML')}</a></li>
            <li class="is-active"><a aria-current="page" href="#swk-form-title"><c:choose><c:when test="${model.creating}"><fmt:message key="swk.console.form.newTitle" var="t" /></c:when><c:otherwise><c:set var="t" value="${model.storedName}" /></c:otherwise></c:choose>${sling:encode(t,'HTML')}</a></li>
        </ul>
    </nav>
    <h1 class="title" id="swk-form-title">
        <c:choose>
            <c:when test="${model.creating}"><fmt:message key="swk.console.form.newTitle" var="t" /></c:when>
            <c:otherwise><fmt:message key="swk.console.form.editTitle" var="t"><fmt:param value="${model.storedName}" /></fmt:message></c:otherwise>
        </c:choose>${sling:encode(t,'HTML')}
    </h1>
    <c:if test="${not model.creating}">
        <p class="subtitle is-6">
            <c:choose>
                <c:when test="${model.published}"><span class="tag is-success"><fmt:message key="swk.console.list.publishedYes" var="t" />${sling:encode(t,'HTML')}</span></c:when>
                <c:otherwise><span class="tag is-warning"><fmt:message key="swk.console.list.publishedNo" var="t" />${sling:encode(t,'HTML')}</span></c:otherwise>
            </c:choose>
            <c:if test="${model.demo}"><span class="tag is-light"><fmt:message key="swk.console.demo" var="t" />${sling:encode(t,'HTML')}</span></c:if>
            <c:if test="${not empty model.lastModified}">
                <fmt:message key="swk.console.form.lastModified" var="t"><fmt:param value="${model.lastModified}" /></fmt:message>${sling:encode(t,'HTML')}
            </c:if>
        </p>
    </c:if>

    <c:if test="${model.hasErrors}">
        <div class="notification is-danger swk-console__summary" role="alert" tabindex="-1" data-swk-summary aria-labelledby="swk-summary-title">
            <h2 class="title is-5" id="swk-summary-title"><fmt:message key="swk.console.form.errorSummary" var="t"><fmt:param value="${fn:length(model.errors)}" /></fmt:message>${sling:encode(t,'HTML')}</h2>
            <ul>
                <c:forEach var="error" items="${model.errors}">
                    <li><a href="#${sling:encode(error.fieldId,'HTML_ATTR')}">${sling:encode(error.message,'HTML')}</a></li>
                </c:forEach>
            </ul>
        </div>
    </c:if>

    <c:if test="${not empty model.submissionReference}">
        <div class="notification is-info" id="swk-form-submission">
            <fmt:message key="swk.moderation.form.fromSubmission" var="t"><fmt:param value="${model.submissionReference}" /></fmt:message>${sling:encode(t,'HTML')}
            <a href="${sling:encode(model.submissionUrl,'HTML_ATTR')}"><fmt:message key="swk.moderation.form.backToSubmission" var="t" />${sling:encode(t,'HTML')}</a>
        </div>
    </c:if>

    <form method="post" action="${sling:encode(actions.actionUrl,'HTML_ATTR')}" novalidate aria-labelledby="swk-form-title">
        <input type="hidden" name="_charset_" value="utf-8" />
        <input type="hidden" name="${sling:encode(actions.csrfParameter,'HTML_ATTR')}" value="${sling:encode(actions.csrfToken,'HTML_ATTR')}" />
        <input type="hidden" name=":action" value="save" />
        <input type="hidden" name="id" value="${sling:encode(model.id,'HTML_ATTR')}" />
        <c:if test="${not empty model.submissionReference}"><input type="hidden" name="submission" value="${sling:encode(model.submissionReference,'HTML_ATTR')}" /></c:if>
        <p class="help"><fmt:message key="swk.console.form.requiredNote" var="t" />${sling:encode(t,'HTML')}</p>

        <fieldset>
            <legend><fmt:message key="swk.console.form.general" var="t" />${sling:encode(t,'HTML')}</legend>
            <c:set var="swkField" value="${model.fields.name}" scope="request" /><c:set var="swkLabel" value="swk.console.field.name" scope="request" /><c:set var="swkType" value="text" scope="request" /><c:set var="swkRequired" value="${true}" scope="request" />
            <sling:call script="field.jsp" />
            <c:set var="swkField" value="${model.fields.goal}" scope="request" /><c:set var="swkLabel" value="swk.console.field.goal" scope="request" /><c:set var="swkType" value="textarea" scope="request" /><c:set var="swkRequired" value="${true}" scope="request" />
            <sling:call script="field.jsp" />
            <c:set var="swkField" value="${model.fields.description}" scope="request" /><c:set var="swkLabel" value="swk.console.field.description" scope="request" /><c:set var="swkType" value="textarea" scope="request" /><c:set var="swkHelp" value="swk.console.field.descriptionHelp" scope="request" />
            <sling:call script="field.jsp" />
            <div class="columns">
                <div class="column">
                    <c:set var="swkField" value="${model.fields.website}" scope="request" /><c:set var="swkLabel" value="swk.console.field.website" scope="request" /><c:set var="swkType" value="url" scope="request" /><c:set var="swkHelp" value="swk.console.field.websiteHelp" scope="request" />
                    <sling:call script="field.jsp" />
                </div>
                <div class="column">
                    <c:set var="swkField" value="${model.fields.contact}" scope="request" /><c:set var="swkLabel" value="swk.console.field.contact" scope="request" /><c:set var="swkType" value="text" scope="request" /><c:set var="swkHelp" value="swk.console.field.contactHelp" scope="request" />
                    <sling:call script="field.jsp" />
                </div>
            </div>
        </fieldset>

        <c:set var="group" value="${model.fields.parties}" />
        <fmt:message key="swk.console.party.number" var="otherLabel"><fmt:param value="{n}" /></fmt:message>
        <fieldset id="parties" class="swk-rows" data-swk-rows="parties" data-swk-label-other="${sling:encode(otherLabel,'HTML_ATTR')}"<c:if test="${group.invalid}"> aria-describedby="${sling:encode(group.errorId,'HTML_ATTR')}"</c:if>>
            <legend><fmt:message key="swk.console.form.parties" var="t" />${sling:encode(t,'HTML')} <span class="has-text-danger" aria-hidden="true">*</span></legend>
            <c:if test="${group.invalid}"><p class="help is-danger" id="${sling:encode(group.errorId,'HTML_ATTR')}">${sling:encode(group.error,'HTML')}</p></c:if>
            <p class="help"><fmt:message key="swk.console.form.partiesHelp" var="t" />${sling:encode(t,'HTML')}</p>
            <c:set var="swkKinds" value="${model.partyKinds}" scope="request" />
            <c:forEach var="row" items="${model.parties}">
                <c:set var="swkRow" value="${row}" scope="request" />
                <sling:call script="partyrow.jsp" />
            </c:forEach>
            <template data-swk-template>
                <c:set var="swkRow" value="${model.partyTemplate}" scope="request" />
                <sling:call script="partyrow.jsp" />
            </template>
            <button type="button" class="button is-small swk-rows__add" data-swk-add hidden><fmt:message key="swk.console.party.add" var="t" />${sling:encode(t,'HTML')}</button>
        </fieldset>

        <c:set var="group" value="${model.fields.levels}" />
        <fieldset id="levels" class="swk-console__checks"<c:if test="${group.invalid}"> aria-describedby="${sling:encode(group.errorId,'HTML_ATTR')}"</c:if>>
            <legend><fmt:message key="swk.console.field.levels" var="t" />${sling:encode(t,'HTML')}</legend>
            <p class="help" id="levels-help"><fmt:message key="swk.console.field.levelsHelp" var="t" />${sling:encode(t,'HTML')}</p>
            <c:forEach var="option" items="${model.levelOptions}">
                <label class="checkbox" for="levels-${sling:encode(option.value,'HTML_ATTR')}">
                    <input type="checkbox" id="levels-${sling:encode(option.value,'HTML_ATTR')}" name="levels" value="${sling:encode(option.value,'HTML_ATTR')}" ${option.selected ? 'checked' : ''} />
                    <fmt:message key="swk.console.level.${option.value}" var="t" />${sling:encode(t,'HTML')}
                </label>
            </c:forEach>
            <c:if test="${group.invalid}"><p class="help is-danger" id="${sling:encode(group.errorId,'HTML_ATTR')}">${sling:encode(group.error,'HTML')}</p></c:if>
        </fieldset>

        <c:set var="group" value="${model.fields.locations}" />
        <fmt:message key="swk.console.location.main" var="mainLabel" />
        <fmt:message key="swk.console.location.number" var="otherLabel"><fmt:param value="{n}" /></fmt:message>
        <fieldset id="locations" class="swk-rows" data-swk-rows="locations" data-swk-label-main="${sling:encode(mainLabel,'HTML_ATTR')}" data-swk-label-other="${sling:encode(otherLabel,'HTML_ATTR')}"<c:if test="${group.invalid}"> aria-describedby="${sling:encode(group.errorId,'HTML_ATTR')}"</c:if>>
            <legend><fmt:message key="swk.console.form.locations" var="t" />${sling:encode(t,'HTML')} <span class="has-text-danger" aria-hidden="true">*</span></legend>
            <c:if test="${group.invalid}"><p class="help is-danger" id="${sling:encode(group.errorId,'HTML_ATTR')}">${sling:encode(group.error,'HTML')}</p></c:if>
            <p class="help"><fmt:message key="swk.console.form.locationsHelp" var="t" />${sling:encode(t,'HTML')}</p>
            <c:set var="swkOutline" value="${model.outlineUrl}" scope="request" />
            <c:forEach var="row" items="${model.locations}">
                <c:set var="swkRow" value="${row}" scope="request" />
                <sling:call script="locationrow.jsp" />
            </c:forEach>
            <template data-swk-template>
                <c:set var="swkRow" value="${model.locationTemplate}" scope="request" />
                <sling:call script="locationrow.jsp" />
            </template>
            <button type="button" class="button is-small swk-rows__add" data-swk-add hidden><fmt:message key="swk.console.location.add" var="t" />${sling:encode(t,'HTML')}</button>
        </fieldset>

        <fieldset>
            <legend><fmt:message key="swk.console.form.classification" var="t" />${sling:encode(t,'HTML')}</legend>
            <c:set var="f" value="${model.fields.regionCode}" />
            <div class="field">
                <label class="label" for="regionCode"><fmt:message key="swk.console.field.regionOverride" var="t" />${sling:encode(t,'HTML')}</label>
                <div class="control"><div class="select ${f.invalid ? 'is-danger' : ''}">
                    <select id="regionCode" name="regionCode" aria-describedby="regionCode-help${f.invalid ? ' regionCode-error' : ''}"<c:if test="${f.invalid}"> aria-invalid="true"</c:if>>
                        <option value=""><fmt:message key="swk.console.field.regionAutomatic" var="t" />${sling:encode(t,'HTML')}</option>
                        <c:forEach var="option" items="${model.regionOptions}">
                            <option value="${sling:encode(option.value,'HTML_ATTR')}" ${option.selected ? 'selected' : ''}>${sling:encode(option.label,'HTML')}</option>
                        </c:forEach>
                    </select>
                </div></div>
                <p class="help" id="regionCode-help">
                    <fmt:message key="swk.console.field.regionHelp" var="t" />${sling:encode(t,'HTML')}
                    <c:if test="${not empty model.currentRegion}"><fmt:message key="swk.console.field.regionCurrent" var="t"><fmt:param value="${model.currentRegion}" /></fmt:message>${sling:encode(t,'HTML')}</c:if>
                </p>
                <c:if test="${f.invalid}"><p class="help is-danger" id="regionCode-error">${sling:encode(f.error,'HTML')}</p></c:if>
            </div>

            <c:set var="group" value="${model.fields.sectors}" />
            <fieldset id="sectors" class="swk-console__checks"<c:if test="${group.invalid}"> aria-describedby="${sling:encode(group.errorId,'HTML_ATTR')}"</c:if>>
                <legend><fmt:message key="swk.console.field.sectors" var="t" />${sling:encode(t,'HTML')}</legend>
                <c:forEach var="option" items="${model.sectorOptions}">
                    <label class="checkbox" for="sectors-${sling:encode(option.value,'HTML_ATTR')}">
                        <input type="checkbox" id="sectors-${sling:encode(option.value,'HTML_ATTR')}" name="sectors" value="${sling:encode(option.value,'HTML_ATTR')}" ${option.selected ? 'checked' : ''} />
                        ${sling:encode(option.label,'HTML')}
                    </label>
                </c:forEach>
                <c:if test="${empty model.sectorOptions}"><p class="help"><fmt:message key="swk.console.field.noTaxonomy" var="t" />${sling:encode(t,'HTML')}</p></c:if>
                <c:if test="${group.invalid}"><p class="help is-danger" id="${sling:encode(group.errorId,'HTML_ATTR')}">${sling:encode(group.error,'HTML')}</p></c:if>
            </fieldset>

            <c:set var="group" value="${model.fields.themes}" />
            <fieldset id="themes" class="swk-console__checks"<c:if test="${group.invalid}"> aria-describedby="${sling:encode(group.errorId,'HTML_ATTR')}"</c:if>>
                <legend><fmt:message key="swk.console.field.themes" var="t" />${sling:encode(t,'HTML')}</legend>
                <c:forEach var="option" items="${model.themeOptions}">
                    <label class="checkbox" for="themes-${sling:encode(option.value,'HTML_ATTR')}">
                        <input type="checkbox" id="themes-${sling:encode(option.value,'HTML_ATTR')}" name="themes" value="${sling:encode(option.value,'HTML_ATTR')}" ${option.selected ? 'checked' : ''} />
                        ${sling:encode(option.label,'HTML')}
                    </label>
                </c:forEach>
                <c:if test="${empty model.themeOptions}"><p class="help"><fmt:message key="swk.console.field.noTaxonomy" var="t" />${sling:encode(t,'HTML')}</p></c:if>
                <c:if test="${group.invalid}"><p class="help is-danger" id="${sling:encode(group.errorId,'HTML_ATTR')}">${sling:encode(group.error,'HTML')}</p></c:if>
            </fieldset>

            <c:set var="swkField" value="${model.fields.funding}" scope="request" /><c:set var="swkLabel" value="swk.console.field.funding" scope="request" /><c:set var="swkType" value="text" scope="request" /><c:set var="swkHelp" value="swk.console.field.fundingHelp" scope="request" />
            <sling:call script="field.jsp" />
        </fieldset>

        <fieldset>
            <legend><fmt:message key="swk.console.form.timing" var="t" />${sling:encode(t,'HTML')}</legend>
            <div class="columns">
                <div class="column is-4">
                    <c:set var="f" value="${model.fields.status}" />
                    <div class="field">
                        <label class="label" for="status"><fmt:message key="swk.console.field.status" var="t" />${sling:encode(t,'HTML')}</label>
                        <div class="control"><div class="select ${f.invalid ? 'is-danger' : ''}">
                            <select id="status" name="status"<c:if test="${f.invalid}"> aria-invalid="true" aria-describedby="status-error"</c:if>>
                                <c:forEach var="option" items="${model.statusOptions}">
                                    <fmt:message key="swk.console.status.${option.value}" var="t" />
                                    <option value="${sling:encode(option.value,'HTML_ATTR')}" ${option.selected ? 'selected' : ''}>${sling:encode(t,'HTML')}</option>
                                </c:forEach>
                            </select>
                        </div></div>
                        <c:if test="${f.invalid}"><p class="help is-danger" id="status-error">${sling:encode(f.error,'HTML')}</p></c:if>
                    </div>
                </div>
                <div class="column is-4">
                    <c:set var="swkField" value="${model.fields.startYear}" scope="request" /><c:set var="swkLabel" value="swk.console.field.startYear" scope="request" /><c:set var="swkType" value="text" scope="request" />
                    <sling:call script="field.jsp" />
                </div>
                <div class="column is-4">
                    <c:set var="swkField" value="${model.fields.endYear}" scope="request" /><c:set var="swkLabel" value="swk.console.field.endYear" scope="request" /><c:set var="swkType" value="text" scope="request" />
                    <sling:call script="field.jsp" />
                </div>
            </div>
        </fieldset>

        <fieldset>
            <legend><fmt:message key="swk.console.form.provenance" var="t" />${sling:encode(t,'HTML')}</legend>
            <c:set var="swkField" value="${model.fields.source}" scope="request" /><c:set var="swkLabel" value="swk.console.field.source" scope="request" /><c:set var="swkType" value="text" scope="request" /><c:set var="swkHelp" value="swk.console.field.sourceHelp" scope="request" />
            <sling:call script="field.jsp" />
            <div class="columns">
                <div class="column is-4">
                    <c:set var="swkField" value="${model.fields.lastVerified}" scope="request" /><c:set var="swkLabel" value="swk.console.field.lastVerified" scope="request" /><c:set var="swkType" value="date" scope="request" /><c:set var="swkHelp" value="swk.console.field.lastVerifiedHelp" scope="request" />
                    <sling:call script="field.jsp" />
                </div>
                <div class="column is-8">
                    <div class="field">
                        <span class="label" aria-hidden="true">&nbsp;</span>
                        <label class="checkbox" for="markVerified">
                            <input type="checkbox" id="markVerified" name="markVerified" value="true" ${model.fields.markVerified.value == 'true' ? 'checked' : ''} />
                            <fmt:message key="swk.console.field.markVerified" var="t" />${sling:encode(t,'HTML')}
                        </label>
                        <c:if test="${not empty model.verifiedBy}">
                            <p class="help"><fmt:message key="swk.console.field.verifiedBy" var="t"><fmt:param value="${model.verifiedBy}" /></fmt:message>${sling:encode(t,'HTML')}</p>
                        </c:if>
                    </div>
                </div>
            </div>
        </fieldset>

        <div class="buttons">
            <c:choose>
            <c:when test="${not empty model.submissionReference}">
                <c:if test="${empty model.id}"><label class="checkbox"><input type="checkbox" name="publish" value="true" id="swk-form-publish" checked /> <fmt:message key="swk.moderation.publish" var="t" />${sling:encode(t,'HTML')}</label></c:if>
                <button type="submit" class="button is-success" id="swk-form-approve"><fmt:message key="swk.moderation.form.saveApprove" var="t" />${sling:encode(t,'HTML')}</button>
            </c:when>
            <c:otherwise>
            <button type="submit" class="button is-primary"><fmt:message key="swk.console.form.save" var="t" />${sling:encode(t,'HTML')}</button>
            </c:otherwise>
            </c:choose>
            <a class="button is-light" href="${sling:encode(actions.listUrl,'HTML_ATTR')}"><fmt:message key="swk.console.form.cancel" var="t" />${sling:encode(t,'HTML')}</a>
            <c:if test="${not model.creating}">
                <a class="button is-danger is-outlined" href="${sling:encode(model.deleteUrl,'HTML_ATTR')}"><fmt:message key="swk.console.action.delete" var="t" />${sling:encode(t,'HTML')}</a>
            </c:if>
        </div>
    </form>
    <script src="/static/samenwerking/vendor/leaflet/leaflet.js"></script>
    <script src="/static/samenwerking/cms/console.js"></script>
</c:otherwise>
</c:choose>
</div>
