<%-- The public submission form. It posts straight to the submissions endpoint and works without JavaScript: the key
     and token are rendered here, the endpoint redirects back with the reference or renders this page again with
     the messages. submission-form.js adds checks before sending, party and location rows and a small map.
     Model: nl.samenwerkingskaart.initiatives.web.models.SubmissionForm. --%>
<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%>
<sling:adaptTo var="swkForm" adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.SubmissionForm" />
<c:set var="swkForm" value="${swkForm}" scope="request" />
<c:set var="swkStatic" value="${slingRequest.contextPath}/static/samenwerking" />
<c:if test="${empty requestScope.swkLeafletIncluded}">
    <c:set var="swkLeafletIncluded" value="${true}" scope="request" />
    <link rel="stylesheet" href="${sling:encode(swkStatic,'HTML_ATTR')}/vendor/leaflet/leaflet.css" />
    <script defer src="${sling:encode(swkStatic,'HTML_ATTR')}/vendor/leaflet/leaflet.js"></script>
</c:if>
<c:if test="${empty requestScope.swkFormAssetsIncluded}">
    <c:set var="swkFormAssetsIncluded" value="${true}" scope="request" />
    <link rel="stylesheet" href="${sling:encode(swkStatic,'HTML_ATTR')}/form/submission-form.css" />
    <script defer src="${sling:encode(swkStatic,'HTML_ATTR')}/form/submission-form.js"></script>
</c:if>
<c:set var="id" value="${swkForm.id}" />
<c:set var="fields" value="${swkForm.fields}" />
<fmt:message key="Your submission has not been sent. Please correct the following:" var="summaryTitle" />
<section class="swk-form" id="${sling:encode(id,'HTML_ATTR')}" aria-labelledby="${sling:encode(id,'HTML_ATTR')}-title" data-swk-form-root>
    <h2 class="swk-form__title" id="${sling:encode(id,'HTML_ATTR')}-title"><c:choose><c:when test="${not empty swkForm.title}"><c:set var="t" value="${swkForm.title}" /></c:when><c:otherwise><fmt:message key="Send in an initiative or a correction" var="t" /></c:otherwise></c:choose>${sling:encode(t,'HTML')}</h2>

    <c:if test="${not empty swkForm.reference}">
        <div class="swk-form__confirmation" role="status" tabindex="-1" autofocus data-swk-confirmation>
            <h3 class="swk-form__confirmation-title"><fmt:message key="Thank you for your submission." /></h3>
            <p><fmt:message key="Your reference is {0}. Our researchers review every submission before anything changes on the map. Please quote the reference if you contact us about it." var="t"><fmt:param value="${swkForm.reference}" /></fmt:message>${sling:encode(t,'HTML')}</p>
            <p class="swk-form__reference" data-swk-reference><sling:encode value="${swkForm.reference}" mode="HTML" /></p>
        </div>
    </c:if>
    <c:if test="${swkForm.unknownTarget}">
        <p class="swk-form__notice" role="status" data-swk-unknown-target><fmt:message key="We could not find this initiative on the map. You can send in a new initiative below." /></p>
    </c:if>

    <div class="swk-form__summary" role="alert" tabindex="-1" data-swk-summary aria-labelledby="${sling:encode(id,'HTML_ATTR')}-summary-title"<c:if test="${swkForm.hasErrors}"> autofocus</c:if><c:if test="${not swkForm.hasErrors}"> hidden</c:if>>
        <h3 class="swk-form__summary-title" id="${sling:encode(id,'HTML_ATTR')}-summary-title">${sling:encode(summaryTitle,'HTML')}</h3>
        <c:if test="${not empty swkForm.problemKey}">
            <p class="swk-form__problem" data-swk-problem><fmt:message key="${swkForm.problemKey}" /></p>
        </c:if>
        <ul class="swk-form__summary-list" data-swk-summary-list>
            <c:forEach var="error" items="${swkForm.errors}">
                <li><a href="#${sling:encode(error.fieldId,'HTML_ATTR')}">${sling:encode(error.message,'HTML')}</a></li>
            </c:forEach>
        </ul>
    </div>

    <form class="swk-form__form" method="post" action="${sling:encode(swkForm.actionUrl,'HTML_ATTR')}" novalidate accept-charset="UTF-8"
            data-swk-form data-swk-token-url="${sling:encode(swkForm.tokenUrl,'HTML_ATTR')}" data-swk-token-issued="${swkForm.tokenIssuedAt}"
            data-swk-outline="${sling:encode(swkForm.outlineUrl,'HTML_ATTR')}" data-swk-new="${swkForm.newInitiative}"
            data-swk-messages="${sling:encode(swkForm.clientMessagesJson,'HTML_ATTR')}" aria-labelledby="${sling:encode(id,'HTML_ATTR')}-title">
        <input type="hidden" name="_charset_" value="UTF-8" />
        <input type="hidden" name=":swk-csrf" value="${sling:encode(swkForm.token,'HTML_ATTR')}" data-swk-token />
        <input type="hidden" name=":submission-key" value="${sling:encode(swkForm.key,'HTML_ATTR')}" data-swk-key />
        <input type="hidden" name=":swk-return" value="${sling:encode(swkForm.returnPath,'HTML_ATTR')}" />
        <input type="hidden" name=":swk-form" value="${sling:encode(swkForm.formPath,'HTML_ATTR')}" />
        <p class="swk-form__help"><fmt:message key="Fields marked “required” must be filled in." /></p>

        <c:choose>
            <c:when test="${swkForm.aboutInitiative}">
                <input type="hidden" name="target" value="${sling:encode(swkForm.target,'HTML_ATTR')}" />
                <c:set var="f" value="${fields.kind}" />
                <fieldset class="swk-form__group" id="${sling:encode(f.id,'HTML_ATTR')}" data-swk-kind<c:if test="${f.invalid}"> aria-describedby="${sling:encode(f.errorId,'HTML_ATTR')}"</c:if>>
                    <legend class="swk-form__legend"><fmt:message key="What do you want to report about “{0}”?" var="t"><fmt:param value="${empty swkForm.targetName ? swkForm.target : swkForm.targetName}" /></fmt:message>${sling:encode(t,'HTML')} <span class="swk-form__required">(<fmt:message key="required" />)</span></legend>
                    <p class="swk-form__error" id="${sling:encode(f.errorId,'HTML_ATTR')}" data-swk-error<c:if test="${not f.invalid}"> hidden</c:if>>${sling:encode(f.error,'HTML')}</p>
                    <label class="swk-form__check" for="${sling:encode(id,'HTML_ATTR')}-kind-correction">
                        <input type="radio" id="${sling:encode(id,'HTML_ATTR')}-kind-correction" name="kind" value="correction" ${swkForm.kind != 'ended' ? 'checked' : ''} />
                        <fmt:message key="A correction or addition" />
                    </label>
                    <label class="swk-form__check" for="${sling:encode(id,'HTML_ATTR')}-kind-ended">
                        <input type="radio" id="${sling:encode(id,'HTML_ATTR')}-kind-ended" name="kind" value="ended" ${swkForm.kind == 'ended' ? 'checked' : ''} />
                        <fmt:message key="This initiative has ended" />
                    </label>
                    <p class="swk-form__help"><fmt:message key="Change the details below where they are wrong or incomplete. When the initiative has ended, only the end year and your message count." /></p>
                    <p class="swk-form__help"><a href="${sling:encode(swkForm.returnPath,'HTML_ATTR')}"><fmt:message key="Send in a new initiative instead" /></a></p>
                </fieldset>
            </c:when>
            <c:otherwise>
                <input type="hidden" name="kind" value="newInitiative" />
                <c:if test="${not empty swkForm.regionCode}">
                    <input type="hidden" name="regionCode" value="${sling:encode(swkForm.regionCode,'HTML_ATTR')}" />
                    <p class="swk-form__help" data-swk-region-prefill="${sling:encode(swkForm.regionCode,'HTML_ATTR')}"><fmt:message key="This submission is about the region {0}." var="t"><fmt:param value="${swkForm.regionName}" /></fmt:message>${sling:encode(t,'HTML')}</p>
                </c:if>
                <p class="swk-form__help"><fmt:message key="Is an initiative on the map wrong or incomplete? Open it on the map and choose “Suggest a correction”." /></p>
            </c:otherwise>
        </c:choose>

        <c:set var="required" value="${swkForm.newInitiative}" />
        <fieldset class="swk-form__group" id="${sling:encode(fields.proposed.id,'HTML_ATTR')}" data-swk-initiative<c:if test="${fields.proposed.invalid}"> aria-describedby="${sling:encode(fields.proposed.errorId,'HTML_ATTR')}"</c:if>>
            <legend class="swk-form__legend"><fmt:message key="The initiative" /></legend>
            <p class="swk-form__error" id="${sling:encode(fields.proposed.errorId,'HTML_ATTR')}" data-swk-error<c:if test="${not fields.proposed.invalid}"> hidden</c:if>>${sling:encode(fields.proposed.error,'HTML')}</p>
            <c:set var="swkField" value="${fields.name}" scope="request" /><c:set var="swkLabel" value="Name" scope="request" /><c:set var="swkType" value="text" scope="request" /><c:set var="swkRequired" value="${required}" scope="request" /><c:set var="swkMax" value="${swkForm.limits.name}" scope="request" />
            <sling:call script="field.jsp" />
            <c:set var="swkField" value="${fields.goal}" scope="request" /><c:set var="swkLabel" value="Goal" scope="request" /><c:set var="swkType" value="textarea" scope="request" /><c:set var="swkRequired" value="${required}" scope="request" /><c:set var="swkMax" value="${swkForm.limits.goal}" scope="request" /><c:set var="swkHelp" value="What does the initiative want to achieve? A few sentences are enough." scope="request" />
            <sling:call script="field.jsp" />
            <c:set var="swkField" value="${fields.description}" scope="request" /><c:set var="swkLabel" value="Description" scope="request" /><c:set var="swkType" value="textarea" scope="request" /><c:set var="swkMax" value="${swkForm.limits.description}" scope="request" />
            <sling:call script="field.jsp" />
            <c:set var="swkField" value="${fields.website}" scope="request" /><c:set var="swkLabel" value="Website" scope="request" /><c:set var="swkType" value="url" scope="request" /><c:set var="swkMax" value="${swkForm.limits.website}" scope="request" /><c:set var="swkHelp" value="A full web address, starting with https://" scope="request" />
            <sling:call script="field.jsp" />
            <c:set var="swkField" value="${fields.contact}" scope="request" /><c:set var="swkLabel" value="Contact" scope="request" /><c:set var="swkType" value="text" scope="request" /><c:set var="swkMax" value="${swkForm.limits.contact}" scope="request" /><c:set var="swkHelp" value="Only what the initiative wants to be public, for example a general e-mail address." scope="request" />
            <sling:call script="field.jsp" />

            <c:set var="f" value="${fields.status}" />
            <div class="swk-form__field${f.invalid ? ' swk-form__field--invalid' : ''}" data-swk-field="status">
                <label class="swk-form__label" for="${sling:encode(f.id,'HTML_ATTR')}"><fmt:message key="Status" /></label>
                <p class="swk-form__error" id="${sling:encode(f.errorId,'HTML_ATTR')}" data-swk-error<c:if test="${not f.invalid}"> hidden</c:if>>${sling:encode(f.error,'HTML')}</p>
                <select class="swk-form__input swk-form__input--select" id="${sling:encode(f.id,'HTML_ATTR')}" name="status"<c:if test="${f.invalid}"> aria-invalid="true" aria-describedby="${sling:encode(f.errorId,'HTML_ATTR')}"</c:if>>
                    <option value=""><fmt:message key="Not known" /></option>
                    <c:forEach var="status" items="${swkForm.statuses}">
                        <fmt:message key="${status.value}" var="t" />
                        <option value="${sling:encode(status.key,'HTML_ATTR')}" ${status.key == f.value ? 'selected' : ''}>${sling:encode(t,'HTML')}</option>
                    </c:forEach>
                </select>
            </div>
            <div class="swk-form__columns">
                <div class="swk-form__column">
                    <c:set var="swkField" value="${fields.startYear}" scope="request" /><c:set var="swkLabel" value="Start year" scope="request" /><c:set var="swkType" value="year" scope="request" /><c:set var="swkHelp" value="A year, for example 2021." scope="request" />
                    <sling:call script="field.jsp" />
                </div>
                <div class="swk-form__column">
                    <c:set var="swkField" value="${fields.endYear}" scope="request" /><c:set var="swkLabel" value="End year" scope="request" /><c:set var="swkType" value="year" scope="request" /><c:set var="swkHelp" value="A year, for example 2021." scope="request" />
                    <sling:call script="field.jsp" />
                </div>
            </div>

            <c:forEach var="group" items="${fn:split('levels,sectors,themes', ',')}">
                <c:set var="g" value="${fields[group]}" />
                <c:set var="options" value="${group == 'levels' ? swkForm.levelOptions : (group == 'sectors' ? swkForm.sectorOptions : swkForm.themeOptions)}" />
                <fieldset class="swk-form__group swk-form__group--checks" id="${sling:encode(g.id,'HTML_ATTR')}"<c:if test="${g.invalid}"> aria-describedby="${sling:encode(g.errorId,'HTML_ATTR')}"</c:if>>
                    <legend class="swk-form__legend"><fmt:message key="${group == 'levels' ? 'Levels' : (group == 'sectors' ? 'Sectors' : 'Themes')}" /></legend>
                    <p class="swk-form__error" id="${sling:encode(g.errorId,'HTML_ATTR')}" data-swk-error<c:if test="${not g.invalid}"> hidden</c:if>>${sling:encode(g.error,'HTML')}</p>
                    <div class="swk-form__options">
                        <c:forEach var="option" items="${options}">
                            <c:set var="optionId" value="${g.id}-${option.value}" />
                            <label class="swk-form__check" for="${sling:encode(optionId,'HTML_ATTR')}">
                                <input type="checkbox" id="${sling:encode(optionId,'HTML_ATTR')}" name="${group}" value="${sling:encode(option.value,'HTML_ATTR')}" ${option.selected ? 'checked' : ''} />
                                <c:choose><c:when test="${group == 'levels'}"><fmt:message key="${option.value}" var="t" /></c:when><c:otherwise><c:set var="t" value="${option.label}" /></c:otherwise></c:choose>${sling:encode(t,'HTML')}
                            </label>
                        </c:forEach>
                    </div>
                </fieldset>
            </c:forEach>
        </fieldset>

        <c:set var="g" value="${fields.parties}" />
        <fmt:message key="Party {0}" var="partyLabel"><fmt:param value="{n}" /></fmt:message>
        <fieldset class="swk-form__group swk-form__rows" id="${sling:encode(g.id,'HTML_ATTR')}" data-swk-rows="parties" data-swk-label-other="${sling:encode(partyLabel,'HTML_ATTR')}" aria-describedby="${sling:encode(g.id,'HTML_ATTR')}-help${g.invalid ? ' ' : ''}${g.invalid ? g.errorId : ''}">
            <legend class="swk-form__legend"><fmt:message key="Parties" /><c:if test="${required}"> <span class="swk-form__required">(<fmt:message key="required" />)</span></c:if></legend>
            <p class="swk-form__help" id="${sling:encode(g.id,'HTML_ATTR')}-help"><fmt:message key="Which schools, companies and other organisations take part? Leave rows you do not need empty." /></p>
            <p class="swk-form__error" id="${sling:encode(g.errorId,'HTML_ATTR')}" data-swk-error<c:if test="${not g.invalid}"> hidden</c:if>>${sling:encode(g.error,'HTML')}</p>
            <c:forEach var="row" items="${swkForm.parties}">
                <c:set var="swkRow" value="${row}" scope="request" />
                <sling:call script="partyrow.jsp" />
            </c:forEach>
            <template data-swk-template>
                <c:set var="swkRow" value="${swkForm.partyTemplate}" scope="request" />
                <sling:call script="partyrow.jsp" />
            </template>
            <button type="button" class="swk-form__button swk-form__button--secondary" data-swk-add hidden><fmt:message key="Add a party" /></button>
        </fieldset>

        <c:set var="g" value="${fields.locations}" />
        <fmt:message key="Main location" var="mainLabel" />
        <fmt:message key="Location {0}" var="locationLabel"><fmt:param value="{n}" /></fmt:message>
        <fieldset class="swk-form__group swk-form__rows" id="${sling:encode(g.id,'HTML_ATTR')}" data-swk-rows="locations" data-swk-label-main="${sling:encode(mainLabel,'HTML_ATTR')}" data-swk-label-other="${sling:encode(locationLabel,'HTML_ATTR')}" aria-describedby="${sling:encode(g.id,'HTML_ATTR')}-help${g.invalid ? ' ' : ''}${g.invalid ? g.errorId : ''}">
            <legend class="swk-form__legend"><fmt:message key="Locations" /><c:if test="${required}"> <span class="swk-form__required">(<fmt:message key="required" />)</span></c:if></legend>
            <p class="swk-form__help" id="${sling:encode(g.id,'HTML_ATTR')}-help"><fmt:message key="Where does it take place? Fill in the town and the coordinates, or pick the spot on the small map." /></p>
            <p class="swk-form__error" id="${sling:encode(g.errorId,'HTML_ATTR')}" data-swk-error<c:if test="${not g.invalid}"> hidden</c:if>>${sling:encode(g.error,'HTML')}</p>
            <c:forEach var="row" items="${swkForm.locations}">
                <c:set var="swkRow" value="${row}" scope="request" />
                <sling:call script="locationrow.jsp" />
            </c:forEach>
            <template data-swk-template>
                <c:set var="swkRow" value="${swkForm.locationTemplate}" scope="request" />
                <sling:call script="locationrow.jsp" />
            </template>
            <button type="button" class="swk-form__button swk-form__button--secondary" data-swk-add hidden><fmt:message key="Add a location" /></button>
        </fieldset>

        <c:set var="swkField" value="${fields.message}" scope="request" /><c:set var="swkLabel" value="Your message to the researchers" scope="request" /><c:set var="swkType" value="textarea" scope="request" /><c:set var="swkMax" value="${swkForm.limits.message}" scope="request" /><c:set var="swkHelp" value="Anything else we should know, for example where your information comes from." scope="request" />
        <sling:call script="field.jsp" />

        <fieldset class="swk-form__group">
            <legend class="swk-form__legend"><fmt:message key="About you" /></legend>
            <p class="swk-form__help"><fmt:message key="Not shown on the map. We only use it to contact you about this submission." /></p>
            <c:set var="swkField" value="${fields.submitterName}" scope="request" /><c:set var="swkLabel" value="Your name" scope="request" /><c:set var="swkType" value="text" scope="request" /><c:set var="swkRequired" value="${true}" scope="request" /><c:set var="swkMax" value="${swkForm.limits.submitterText}" scope="request" /><c:set var="swkAutocomplete" value="name" scope="request" />
            <sling:call script="field.jsp" />
            <c:set var="swkField" value="${fields.submitterEmail}" scope="request" /><c:set var="swkLabel" value="E-mail address" scope="request" /><c:set var="swkType" value="email" scope="request" /><c:set var="swkRequired" value="${true}" scope="request" /><c:set var="swkMax" value="${swkForm.limits.email}" scope="request" /><c:set var="swkAutocomplete" value="email" scope="request" />
            <sling:call script="field.jsp" />
            <c:set var="swkField" value="${fields.submitterOrganisation}" scope="request" /><c:set var="swkLabel" value="Organisation" scope="request" /><c:set var="swkType" value="text" scope="request" /><c:set var="swkMax" value="${swkForm.limits.submitterText}" scope="request" /><c:set var="swkAutocomplete" value="organization" scope="request" />
            <sling:call script="field.jsp" />
            <c:set var="swkField" value="${fields.submitterRole}" scope="request" /><c:set var="swkLabel" value="Role" scope="request" /><c:set var="swkType" value="text" scope="request" /><c:set var="swkMax" value="${swkForm.limits.submitterText}" scope="request" /><c:set var="swkAutocomplete" value="organization-title" scope="request" />
            <sling:call script="field.jsp" />
        </fieldset>

        <c:set var="f" value="${fields.consent}" />
        <fieldset class="swk-form__group swk-form__field${f.invalid ? ' swk-form__field--invalid' : ''}" data-swk-field="consent">
            <legend class="swk-form__legend"><fmt:message key="Consent" /> <span class="swk-form__required">(<fmt:message key="required" />)</span></legend>
            <p class="swk-form__error" id="${sling:encode(f.errorId,'HTML_ATTR')}" data-swk-error<c:if test="${not f.invalid}"> hidden</c:if>>${sling:encode(f.error,'HTML')}</p>
            <label class="swk-form__check" for="${sling:encode(f.id,'HTML_ATTR')}">
                <input type="checkbox" id="${sling:encode(f.id,'HTML_ATTR')}" name="consent" value="on" required ${swkForm.consentGiven ? 'checked' : ''} aria-describedby="${sling:encode(f.id,'HTML_ATTR')}-privacy${f.invalid ? ' ' : ''}${f.invalid ? f.errorId : ''}"<c:if test="${f.invalid}"> aria-invalid="true"</c:if> />
                <fmt:message key="I agree that the researchers may contact me about this submission." />
            </label>
            <p class="swk-form__help" id="${sling:encode(f.id,'HTML_ATTR')}-privacy">
                <c:choose>
                    <c:when test="${not empty swkForm.privacyUrl}"><a href="${sling:encode(swkForm.privacyUrl,'HTML_ATTR')}" data-swk-privacy><fmt:message key="Read how we handle your details in the privacy statement." /></a></c:when>
                    <c:otherwise><fmt:message key="Read how we handle your details in the privacy statement." /></c:otherwise>
                </c:choose>
            </p>
        </fieldset>

        <div class="swk-form__trap" aria-hidden="true">
            <label for="${sling:encode(id,'HTML_ATTR')}-website2"><fmt:message key="Leave this field empty" /></label>
            <input type="text" id="${sling:encode(id,'HTML_ATTR')}-website2" name="website2" value="" tabindex="-1" autocomplete="off" />
        </div>

        <button type="submit" class="swk-form__button swk-form__submit"><fmt:message key="Send" /></button>
    </form>
</section>
