<%-- Region pages: without a region in the suffix the list of all regions, with one (regios.html/twente) that region.
     RegionPageFilter answered 404 for an unknown region before this renders. --%>
<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%>
<sling:adaptTo var="swkRegion" adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.RegionPageModel" />
<sling:adaptTo var="swkTable" adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.RegionCountsTable" />
<link rel="stylesheet" href="${sling:encode(slingRequest.contextPath,'HTML_ATTR')}/static/samenwerking/map/regions.css" />
<c:choose>
<c:when test="${not swkRegion.region}">
    <section class="swk-region-page swk-region-page--overview" data-swk-region-overview aria-labelledby="swk-region-overview-title">
        <h2 class="swk-region-page__title" id="swk-region-overview-title">
            <c:choose>
                <c:when test="${not empty swkRegion.title}"><sling:encode value="${swkRegion.title}" mode="HTML" /></c:when>
                <c:otherwise><fmt:message key="Initiatives per region" /></c:otherwise>
            </c:choose>
        </h2>
        <c:if test="${swkRegion.unknown}">
            <p class="swk-region-page__unknown" role="alert" data-swk-region-unknown><fmt:message key="We do not know this region. Choose one from the list." /></p>
        </c:if>
        <c:set var="swkTableId" value="swk-region-overview-table" />
        <c:set var="swkTableOpen" value="${true}" />
        <%@include file="/libs/samenwerking/components/region-page/counts-table.jsp" %>
    </section>
</c:when>
<c:otherwise>
    <article class="swk-region-page" data-swk-region-page="${sling:encode(swkRegion.code,'HTML_ATTR')}" lang="${sling:encode(swkRegion.language,'HTML_ATTR')}" aria-labelledby="swk-region-title">
        <p class="swk-region-page__back"><a href="${sling:encode(swkRegion.overviewUrl,'HTML_ATTR')}"><fmt:message key="All regions" /></a></p>
        <h2 class="swk-region-page__title" id="swk-region-title"><sling:encode value="${swkRegion.name}" mode="HTML" /></h2>
        <p class="swk-region-page__total" data-swk-region-total="${swkRegion.total}">
            <fmt:message key="{0} published initiatives in this labour-market region"><fmt:param value="${swkRegion.total}" /></fmt:message>
        </p>
        <c:if test="${not empty swkRegion.submitUrl}">
            <p class="swk-region-page__submit"><a class="swk-region-page__submit-link" data-swk-region-submit href="${sling:encode(swkRegion.submitUrl,'HTML_ATTR')}"><fmt:message key="Submit an initiative in this region" /></a></p>
        </c:if>

        <div class="swk-region-page__map" data-swk-region-map>
            <%-- part of the region page, not a component of its own: no editor bar --%>
            <c:set var="swkEditWas" value="${requestScope.cmsEditEnabled}" />
            <c:set var="cmsEditEnabled" value="false" scope="request" />
            <sling:include resource="${swkRegion.map}" />
            <c:set var="cmsEditEnabled" value="${swkEditWas}" scope="request" />
        </div>

        <section class="swk-region-page__section" aria-labelledby="swk-region-initiatives">
            <h3 class="swk-region-page__heading" id="swk-region-initiatives"><fmt:message key="Initiatives in this region" /></h3>
            <c:set var="swkInitiatives" value="${swkRegion.initiatives}" />
            <c:choose>
                <c:when test="${empty swkInitiatives}"><p class="swk-region-page__empty"><fmt:message key="No published initiatives in this region yet." /></p></c:when>
                <c:otherwise>
                    <ul class="swk-region-page__initiatives" data-swk-region-initiatives>
                        <c:forEach var="item" items="${swkInitiatives}">
                            <li class="swk-region-page__initiative" data-swk-initiative="${sling:encode(item.id,'HTML_ATTR')}">
                                <a class="swk-region-page__initiative-link" href="${sling:encode(item.href,'HTML_ATTR')}"><sling:encode value="${item.name}" mode="HTML" /></a>
                                <c:if test="${not empty item.town}"><span class="swk-region-page__town">(<sling:encode value="${item.town}" mode="HTML" />)</span></c:if>
                            </li>
                        </c:forEach>
                    </ul>
                </c:otherwise>
            </c:choose>
        </section>

        <section class="swk-region-page__section" aria-labelledby="swk-region-figures">
            <h3 class="swk-region-page__heading" id="swk-region-figures"><fmt:message key="In figures" /></h3>
            <div class="swk-region-page__figures">
                <fmt:message key="By level" var="swkCaption" /><c:set var="swkCounts" value="${swkRegion.levels}" /><c:set var="swkKind" value="level" />
                <%@include file="/libs/samenwerking/components/region-page/counts.jsp" %>
                <fmt:message key="By party kind" var="swkCaption" /><c:set var="swkCounts" value="${swkRegion.partyKinds}" /><c:set var="swkKind" value="partyKind" />
                <%@include file="/libs/samenwerking/components/region-page/counts.jsp" %>
                <fmt:message key="By sector" var="swkCaption" /><c:set var="swkCounts" value="${swkRegion.sectors}" /><c:set var="swkKind" value="sector" />
                <%@include file="/libs/samenwerking/components/region-page/counts.jsp" %>
                <fmt:message key="By theme" var="swkCaption" /><c:set var="swkCounts" value="${swkRegion.themes}" /><c:set var="swkKind" value="theme" />
                <%@include file="/libs/samenwerking/components/region-page/counts.jsp" %>
            </div>
        </section>

        <c:set var="swkPortrait" value="${swkRegion.portrait}" />
        <c:if test="${not empty swkPortrait}">
            <section class="swk-region-page__section swk-region-page__portrait" data-swk-region-portrait aria-labelledby="swk-region-portrait">
                <h3 class="swk-region-page__heading" id="swk-region-portrait"><fmt:message key="Regional portrait" /></h3>
                <p class="swk-region-page__portrait-title"><a data-swk-region-portrait-link href="${sling:encode(swkPortrait.url,'HTML_ATTR')}"><sling:encode value="${swkPortrait.title}" mode="HTML" /></a></p>
                <c:if test="${not empty swkPortrait.summary}"><p class="swk-region-page__portrait-summary"><sling:encode value="${swkPortrait.summary}" mode="HTML" /></p></c:if>
                <c:if test="${not empty swkPortrait.pdfUrl}">
                    <p class="swk-region-page__portrait-pdf"><a href="${sling:encode(swkPortrait.pdfUrl,'HTML_ATTR')}" data-swk-region-portrait-pdf><fmt:message key="Download the portrait (PDF, {0})"><fmt:param value="${swkPortrait.pdfSize}" /></fmt:message></a></p>
                </c:if>
            </section>
        </c:if>
    </article>
</c:otherwise>
</c:choose>
