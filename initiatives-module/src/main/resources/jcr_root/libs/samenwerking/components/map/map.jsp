<%-- The map component: a skeleton with the labelled regions the script fills in, and the client configuration in
     a data attribute. Leaflet, the clustering plugin and the map script are included once per page request. --%>
<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%>
<sling:adaptTo var="swkMap" adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.MapComponent" />
<c:set var="swkStatic" value="${slingRequest.contextPath}/static/samenwerking" />
<c:if test="${empty requestScope.swkMapAssetsIncluded}">
    <c:set var="swkMapAssetsIncluded" value="${true}" scope="request" />
    <c:if test="${empty requestScope.swkLeafletIncluded}">
        <%-- shared with the submission form: Leaflet must not run twice on a page --%>
        <c:set var="swkLeafletIncluded" value="${true}" scope="request" />
        <link rel="stylesheet" href="${sling:encode(swkStatic,'HTML_ATTR')}/vendor/leaflet/leaflet.css" />
        <script defer src="${sling:encode(swkStatic,'HTML_ATTR')}/vendor/leaflet/leaflet.js"></script>
    </c:if>
    <link rel="stylesheet" href="${sling:encode(swkStatic,'HTML_ATTR')}/vendor/markercluster/MarkerCluster.css" />
    <link rel="stylesheet" href="${sling:encode(swkStatic,'HTML_ATTR')}/vendor/markercluster/MarkerCluster.Default.css" />
    <link rel="stylesheet" href="${sling:encode(swkStatic,'HTML_ATTR')}/map/map.css" />
    <link rel="stylesheet" href="${sling:encode(swkStatic,'HTML_ATTR')}/map/regions.css" />
    <script defer src="${sling:encode(swkStatic,'HTML_ATTR')}/vendor/markercluster/leaflet.markercluster.js"></script>
    <script defer src="${sling:encode(swkStatic,'HTML_ATTR')}/map/choropleth.js"></script>
    <script defer src="${sling:encode(swkStatic,'HTML_ATTR')}/map/map.js"></script>
</c:if>
<c:set var="swkId" value="${swkMap.id}" />
<c:set var="swkHeading" value="${empty swkMap.title ? 'h2' : 'h3'}" />
<fmt:message key="Map of initiatives" var="swkLabel" />
<section class="swk-map" id="${sling:encode(swkId,'HTML_ATTR')}" data-swk-map
        data-swk-config="${sling:encode(swkMap.configJson,'HTML_ATTR')}"
        data-swk-heading="${swkHeading}"
        <c:if test="${not empty swkMap.title}">aria-labelledby="${sling:encode(swkId,'HTML_ATTR')}-title"</c:if>
        <c:if test="${empty swkMap.title}">aria-label="${sling:encode(swkLabel,'HTML_ATTR')}"</c:if>>
    <c:if test="${not empty swkMap.title}">
        <h2 class="swk-map__title" id="${sling:encode(swkId,'HTML_ATTR')}-title"><sling:encode value="${swkMap.title}" mode="HTML" /></h2>
    </c:if>
    <c:if test="${not empty swkMap.visibleFilters}">
        <fmt:message key="Filters" var="swkFilters" />
        <form class="swk-map__filters" data-swk-filters role="search" aria-label="${sling:encode(swkFilters,'HTML_ATTR')}"></form>
    </c:if>
    <p class="swk-map__count" data-swk-count role="status" aria-live="polite"><fmt:message key="Loading the map…" /></p>
    <div class="swk-map__body${swkMap.showList ? ' swk-map__body--with-list' : ''}">
        <div class="swk-map__canvas" data-swk-canvas style="height: ${swkMap.height}px"
                role="region" aria-label="${sling:encode(swkLabel,'HTML_ATTR')}"></div>
        <div class="swk-map__side">
            <section class="swk-map__detail" data-swk-detail hidden tabindex="-1"
                    aria-labelledby="${sling:encode(swkId,'HTML_ATTR')}-detail-title"></section>
            <c:if test="${swkMap.showList}">
                <section class="swk-map__list" data-swk-list aria-labelledby="${sling:encode(swkId,'HTML_ATTR')}-list-title">
                    <${swkHeading} class="swk-map__list-title" id="${sling:encode(swkId,'HTML_ATTR')}-list-title"><fmt:message key="Results" /></${swkHeading}>
                    <ul class="swk-map__items" data-swk-items></ul>
                    <fmt:message key="Result pages" var="swkPages" />
                    <nav class="swk-map__pager" data-swk-pager aria-label="${sling:encode(swkPages,'HTML_ATTR')}"></nav>
                </section>
            </c:if>
        </div>
    </div>
    <c:if test="${swkMap.regionOverview}">
        <%-- the counts per region as a table: the accessible alternative to the view per region --%>
        <sling:adaptTo var="swkTable" adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.RegionCountsTable" />
        <c:set var="swkTableId" value="${swkId}-regions" />
        <c:set var="swkTableOpen" value="${false}" />
        <%@include file="/libs/samenwerking/components/region-page/counts-table.jsp" %>
    </c:if>
    <noscript><p class="swk-map__noscript"><fmt:message key="The map needs JavaScript. Please turn it on to see the initiatives." /></p></noscript>
    <p class="swk-map__download"><fmt:message key="Download the data" />: <a href="/bin/samenwerkingskaart/public/initiatives.csv" download>CSV</a>, <a href="/bin/samenwerkingskaart/public/initiatives.geojson" download>GeoJSON</a></p>
</section>
