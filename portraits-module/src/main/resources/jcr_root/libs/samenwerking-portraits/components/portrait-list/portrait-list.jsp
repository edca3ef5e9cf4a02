<%-- The list of published regional portraits with a region and year filter. The filter is a plain GET form, so it
     works without JavaScript; the count is a status message. Model: PortraitListModel. --%>
<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%>
<sling:adaptTo var="swkList" adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.portraits.web.models.PortraitListModel" />
<c:if test="${empty requestScope.swkPortraitAssets}">
    <c:set var="swkPortraitAssets" value="${true}" scope="request" />
    <link rel="stylesheet" href="${sling:encode(slingRequest.contextPath,'HTML_ATTR')}/static/samenwerking-portraits/portraits.css" />
</c:if>
<c:set var="id" value="${swkList.id}" />
<section class="swk-portraits" id="${sling:encode(id,'HTML_ATTR')}" aria-labelledby="${sling:encode(id,'HTML_ATTR')}-title" data-swk-portrait-list>
    <h2 class="swk-portraits__title" id="${sling:encode(id,'HTML_ATTR')}-title"><c:choose><c:when test="${not empty swkList.title}"><sling:encode value="${swkList.title}" mode="HTML" /></c:when><c:otherwise><fmt:message key="Regional portraits" /></c:otherwise></c:choose></h2>
    <fmt:message key="Filter regional portraits" var="swkFilterLabel" />
    <form class="swk-portraits__filters" method="get" action="${sling:encode(swkList.action,'HTML_ATTR')}" role="search" aria-label="${sling:encode(swkFilterLabel,'HTML_ATTR')}">
        <div class="swk-portraits__field">
            <label class="swk-portraits__label" for="${sling:encode(id,'HTML_ATTR')}-region"><fmt:message key="Region" /></label>
            <select class="swk-portraits__select" id="${sling:encode(id,'HTML_ATTR')}-region" name="${sling:encode(swkList.regionParameter,'HTML_ATTR')}">
                <option value=""><fmt:message key="All regions" /></option>
                <c:forEach var="option" items="${swkList.regionOptions}">
                    <option value="${sling:encode(option.value,'HTML_ATTR')}" ${option.selected ? 'selected="selected"' : ''}><sling:encode value="${option.label}" mode="HTML" /></option>
                </c:forEach>
            </select>
        </div>
        <div class="swk-portraits__field">
            <label class="swk-portraits__label" for="${sling:encode(id,'HTML_ATTR')}-year"><fmt:message key="Year" /></label>
            <select class="swk-portraits__select" id="${sling:encode(id,'HTML_ATTR')}-year" name="${sling:encode(swkList.yearParameter,'HTML_ATTR')}">
                <option value=""><fmt:message key="All years" /></option>
                <c:forEach var="option" items="${swkList.yearOptions}">
                    <option value="${sling:encode(option.value,'HTML_ATTR')}" ${option.selected ? 'selected="selected"' : ''}><sling:encode value="${option.label}" mode="HTML" /></option>
                </c:forEach>
            </select>
        </div>
        <button class="swk-portraits__button" type="submit"><fmt:message key="Show" /></button>
        <c:if test="${swkList.filtered}">
            <a class="swk-portraits__clear" href="${sling:encode(swkList.action,'HTML_ATTR')}#${sling:encode(id,'HTML_ATTR')}"><fmt:message key="Clear filters" /></a>
        </c:if>
    </form>
    <p class="swk-portraits__count" role="status" data-swk-portrait-count="${swkList.count}">
        <c:choose>
            <c:when test="${swkList.count == 0 and swkList.filtered}"><fmt:message key="No regional portraits match these filters." /></c:when>
            <c:when test="${swkList.count == 0}"><fmt:message key="No regional portraits have been published yet." /></c:when>
            <c:when test="${swkList.count == 1}"><fmt:message key="1 regional portrait" /></c:when>
            <c:otherwise><fmt:message key="{0} regional portraits"><fmt:param value="${swkList.count}" /></fmt:message></c:otherwise>
        </c:choose>
    </p>
    <c:if test="${swkList.count > 0}">
        <ol class="swk-portraits__items">
            <c:forEach var="item" items="${swkList.items}">
                <li class="swk-portraits__item" data-swk-portrait-item>
                    <h3 class="swk-portraits__item-title"><a href="${sling:encode(item.url,'HTML_ATTR')}"><sling:encode value="${item.title}" mode="HTML" /></a></h3>
                    <p class="swk-portraits__meta">
                        <span class="swk-portraits__regions" data-swk-portrait-regions><c:forEach var="region" items="${item.regions}" varStatus="s"><sling:encode value="${region.label}" mode="HTML" /><c:if test="${!s.last}">, </c:if></c:forEach></span>
                        <c:if test="${not empty item.date}"><span aria-hidden="true"> · </span><time datetime="${sling:encode(item.dateIso,'HTML_ATTR')}"><sling:encode value="${item.date}" mode="HTML" /></time></c:if>
                        <c:if test="${not empty item.authors}"><span aria-hidden="true"> · </span><span class="swk-portraits__authors"><c:forEach var="author" items="${item.authors}" varStatus="s"><sling:encode value="${author}" mode="HTML" /><c:if test="${!s.last}">, </c:if></c:forEach></span></c:if>
                    </p>
                    <c:if test="${not empty item.excerpt}"><p class="swk-portraits__excerpt"><sling:encode value="${item.excerpt}" mode="HTML" /></p></c:if>
                    <c:if test="${not empty item.pdf}">
                        <p class="swk-portraits__download"><a class="swk-portraits__download-link" href="${sling:encode(item.pdf.url,'HTML_ATTR')}" type="application/pdf"><fmt:message key="Download the PDF" /><span class="swk-portraits__visually-hidden">: <sling:encode value="${item.title}" mode="HTML" /></span> <span class="swk-portraits__download-size">(<sling:encode value="${item.pdf.label}" mode="HTML" />)</span></a></p>
                    </c:if>
                </li>
            </c:forEach>
        </ol>
    </c:if>
</section>
